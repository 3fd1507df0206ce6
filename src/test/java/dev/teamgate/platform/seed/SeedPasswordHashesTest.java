package dev.teamgate.platform.seed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.teamgate.domain.credential.PasswordHasher;
import dev.teamgate.domain.fixture.AccountFixture;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every seed account with a password also carries its stored hash, and that hash matches: the
 * fixture loader then keeps it instead of running PBKDF2 at start-up (docs/startup.md). A password
 * edited without its hash would still log in, only start-up would pay for the hashing again.
 */
class SeedPasswordHashesTest {

    @Test
    void everySeedPasswordComesWithAMatchingHash() {
        SeedFixtures seed = new SeedFixtures("classpath*:seed/*.json", JsonMapper.builder().build());
        List<AccountFixture> withPassword = seed.document().workspaces().stream()
                .flatMap(w -> w.accounts().stream()).filter(a -> a.password() != null).toList();

        assertThat(withPassword).extracting(AccountFixture::email).contains("joe@example.com", "mike@example.com", "ann@alpha.test");
        assertThat(withPassword).allSatisfy(a -> assertThat(PasswordHasher.matches(a.password(), a.passwordHash()))
                .as(a.email()).isTrue());
    }
}
