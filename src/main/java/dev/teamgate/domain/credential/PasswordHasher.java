package dev.teamgate.domain.credential;

import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder.SecretKeyFactoryAlgorithm;

/**
 * Salted PBKDF2 (HMAC-SHA256, 16-byte salt, 256-bit hash) for account passwords, computed by Spring
 * Security's {@link Pbkdf2PasswordEncoder}. Stored as {@code pbkdf2$<iterations>$<salt>$<hash>}
 * (unpadded Base64), the format exported fixtures already carry; the iteration count travels with
 * the hash, so the cost can be raised without a migration and old hashes keep verifying.
 */
public final class PasswordHasher {

    // Deliberately modest: this is an emulator whose tests log in many times per second.
    private static final int ITERATIONS = 10_000;
    private static final int SALT_BYTES = 16;
    private static final Pbkdf2PasswordEncoder CURRENT = encoder(ITERATIONS);
    /** Passwords Teamgate mints itself (see {@link #hashMinted}). */
    private static final int MINTED_ITERATIONS = 1;
    private static final Pbkdf2PasswordEncoder MINTED = encoder(MINTED_ITERATIONS);

    private PasswordHasher() {
    }

    public static String hash(String password) {
        return hash(password, CURRENT, ITERATIONS);
    }

    /**
     * For a password Teamgate generated itself ({@code POST /_admin/workspaces}: 16 random
     * alphanumerics, about 95 bits): key stretching slows the guessing of human-chosen passwords
     * and adds nothing against guessing such a one, so one round instead of {@value #ITERATIONS}
     * (a copy of a workspace with a dozen accounts spent most of its time here). Same format, so
     * {@link #matches} verifies it like any other hash.
     */
    public static String hashMinted(String password) {
        return hash(password, MINTED, MINTED_ITERATIONS);
    }

    private static String hash(String password, Pbkdf2PasswordEncoder encoder, int iterations) {
        // Spring's encoding is hex(salt || hash); split it into this class's stored format.
        byte[] saltAndHash = HexFormat.of().parseHex(encoder.encode(password));
        return "pbkdf2$" + iterations + "$" + b64(Arrays.copyOfRange(saltAndHash, 0, SALT_BYTES))
                + "$" + b64(Arrays.copyOfRange(saltAndHash, SALT_BYTES, saltAndHash.length));
    }

    public static boolean matches(@Nullable String password, @Nullable String stored) {
        if (password == null || stored == null) {
            return false;
        }
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !parts[0].equals("pbkdf2")) {
            return false;
        }
        try {
            int iterations = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] hash = Base64.getDecoder().decode(parts[3]);
            if (salt.length != SALT_BYTES || iterations < 1) {
                return false;
            }
            byte[] saltAndHash = new byte[salt.length + hash.length];
            System.arraycopy(salt, 0, saltAndHash, 0, salt.length);
            System.arraycopy(hash, 0, saltAndHash, salt.length, hash.length);
            Pbkdf2PasswordEncoder encoder = iterations == ITERATIONS ? CURRENT
                    : iterations == MINTED_ITERATIONS ? MINTED : encoder(iterations);
            return encoder.matches(password, HexFormat.of().formatHex(saltAndHash));
        } catch (IllegalArgumentException malformed) {
            return false; // not a hash this class wrote (a hand-edited fixture): no password matches it
        }
    }

    private static Pbkdf2PasswordEncoder encoder(int iterations) {
        // No pepper (empty secret): the salt alone goes into the derivation, as in the stored format.
        return new Pbkdf2PasswordEncoder("", SALT_BYTES, iterations, SecretKeyFactoryAlgorithm.PBKDF2WithHmacSHA256);
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().withoutPadding().encodeToString(bytes);
    }
}
