package dev.teamgate.domain.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenPolicyTest {

    @Test
    void withoutARefreshScopeEveryGrantGetsARefreshToken() {
        TokenPolicy policy = new TokenPolicy("v", "a_", "r_", Duration.ofHours(1), null);
        assertThat(policy.grantsRefreshToken(Set.of())).isTrue();
    }

    @Test
    void withARefreshScopeOnlyGrantsNamingItGetOne() {
        TokenPolicy policy = new TokenPolicy("v", "", "", Duration.ofHours(1), null, "offline_access");
        assertThat(policy.grantsRefreshToken(Set.of("flow"))).isFalse();
        assertThat(policy.grantsRefreshToken(Set.of("flow", "offline_access"))).isTrue();
    }
}
