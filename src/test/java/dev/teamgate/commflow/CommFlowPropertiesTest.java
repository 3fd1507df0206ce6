package dev.teamgate.commflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.teamgate.platform.ratelimit.RateLimitSettings;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** How teamgate.commflow.* binds: limits on by default, and one changed key keeps the other defaults. */
class CommFlowPropertiesTest {

    private static CommFlowProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("teamgate.commflow", CommFlowProperties.class);
    }

    @Test
    void withNothingSetCommFlowLimitsSixtyPerMinuteAndByPlan() {
        CommFlowProperties properties = bind(Map.of());
        assertThat(properties.rateLimit()).isEqualTo(new RateLimitSettings(true, 60, Duration.ofMinutes(1)));
        assertThat(properties.plans()).isEqualTo(new CommFlowProperties.PlanLimits(60, 300, 1000));
        assertThat(properties.oauth()).isEqualTo(new CommFlowProperties.OAuthSettings(Duration.ofHours(1),
                Duration.ofDays(30), Duration.ofMinutes(10)));
        assertThat(properties.nativePort()).isNull();
    }

    @Test
    void settingOneKeyKeepsTheOtherDefaults() {
        CommFlowProperties properties = bind(Map.of("teamgate.commflow.rate-limit.period", "10s",
                "teamgate.commflow.plans.starter", "2", "teamgate.commflow.oauth.access-token-lifetime", "5m"));
        assertThat(properties.rateLimit()).isEqualTo(new RateLimitSettings(true, 60, Duration.ofSeconds(10)));
        assertThat(properties.plans()).isEqualTo(new CommFlowProperties.PlanLimits(2, 300, 1000));
        assertThat(properties.oauth().accessTokenLifetime()).isEqualTo(Duration.ofMinutes(5));
        assertThat(properties.oauth().codeLifetime()).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void limitsCanBeSwitchedOff() {
        assertThat(bind(Map.of("teamgate.commflow.rate-limit.enabled", "false")).rateLimit().enabled()).isFalse();
    }

    @Test
    void thePlanPolicyPicksTheCapacityOfTheCallersPlan() {
        var policy = CommFlowRateLimits.policy(new CommFlowProperties.PlanLimits(60, 300, 1000));
        RateLimitSettings base = new RateLimitSettings(true, 60, Duration.ofMinutes(1));
        assertThat(policy.settingsFor(caller("business"), base).capacity()).isEqualTo(1000);
        assertThat(policy.settingsFor(caller("professional"), base).capacity()).isEqualTo(300);
        assertThat(policy.settingsFor(caller("enterprise"), base)).isEqualTo(base);
        assertThat(policy.settingsFor(null, base)).isEqualTo(base);
        RateLimitSettings off = new RateLimitSettings(false, 60, Duration.ofMinutes(1));
        assertThat(policy.settingsFor(caller("business"), off)).isEqualTo(off);
    }

    private static dev.teamgate.platform.auth.Caller caller(String plan) {
        return new dev.teamgate.platform.auth.Caller("commflow", 1L, null, 1L, "workspace:ws:live", "sk…", java.util.Set.of(),
                Map.of(CommFlowAuthenticator.PLAN, plan));
    }
}
