package dev.teamgate.domain.credential;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    /** Written by the former hand-written JDK derivation; exported fixtures carry hashes like it. */
    private static final String WRITTEN_BEFORE = "pbkdf2$10000$S0i8D+ttNOAqcKOaEwthRQ$hNIGRTKHC9TYXDakWX5q7hTDk/riapqMLUQorGQm1ok";

    @Test
    void aHashWrittenBeforeStillVerifies() {
        assertThat(PasswordHasher.matches("mike-password", WRITTEN_BEFORE)).isTrue();
        assertThat(PasswordHasher.matches("joe-password", WRITTEN_BEFORE)).isFalse();
    }

    @Test
    void aNewHashKeepsTheStoredFormatAndVerifies() {
        String stored = PasswordHasher.hash("s3cret");

        assertThat(stored).matches("pbkdf2\\$10000\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
        assertThat(PasswordHasher.matches("s3cret", stored)).isTrue();
        assertThat(PasswordHasher.matches("s3cret!", stored)).isFalse();
        assertThat(PasswordHasher.hash("s3cret")).isNotEqualTo(stored); // salted
    }

    @Test
    void aMintedPasswordGetsOneSaltedRoundInTheSameFormat() {
        String stored = PasswordHasher.hashMinted("pw-Abc123Def456Ghi7");

        assertThat(stored).matches("pbkdf2\\$1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
        assertThat(PasswordHasher.matches("pw-Abc123Def456Ghi7", stored)).isTrue();
        assertThat(PasswordHasher.matches("pw-Abc123Def456Ghi8", stored)).isFalse();
        assertThat(PasswordHasher.hashMinted("pw-Abc123Def456Ghi7")).isNotEqualTo(stored); // salted
    }

    @Test
    void anotherIterationCountIsReadFromTheStoredValue() {
        String stored = PasswordHasher.hash("s3cret").replace("pbkdf2$10000$", "pbkdf2$20000$");

        assertThat(PasswordHasher.matches("s3cret", stored)).isFalse();
    }

    @Test
    void nothingMatchesAMissingOrForeignOrMalformedHash() {
        assertThat(PasswordHasher.matches("s3cret", null)).isFalse();
        assertThat(PasswordHasher.matches(null, WRITTEN_BEFORE)).isFalse();
        assertThat(PasswordHasher.matches("s3cret", "{bcrypt}$2a$10$abc")).isFalse();
        assertThat(PasswordHasher.matches("s3cret", "pbkdf2$ten$abc$def")).isFalse();
        assertThat(PasswordHasher.matches("s3cret", "pbkdf2$10000$!!!$def")).isFalse();
    }
}
