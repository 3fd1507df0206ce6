package dev.teamgate.teamfluence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.teamgate.platform.ratelimit.RateLimitSettings;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** teamgate.teamfluence.* binding: the per-key limit is on by default, 5 per second. */
class TeamfluencePropertiesTest {

    private static TeamfluenceProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values))
                .bindOrCreate("teamgate.teamfluence", TeamfluenceProperties.class);
    }

    @Test
    void byDefaultFiveRequestsPerSecondPerKeyAndNoNativePort() {
        TeamfluenceProperties properties = bind(Map.of());
        assertThat(properties.rateLimit()).isEqualTo(new RateLimitSettings(true, 5, Duration.ofSeconds(1)));
        assertThat(properties.nativePort()).isNull();
    }

    @Test
    void settingOneLimitKeyKeepsTheOtherDefaults() {
        assertThat(bind(Map.of("teamgate.teamfluence.rate-limit.capacity", "10")).rateLimit())
                .isEqualTo(new RateLimitSettings(true, 10, Duration.ofSeconds(1)));
        assertThat(bind(Map.of("teamgate.teamfluence.rate-limit.enabled", "false")).rateLimit().enabled()).isFalse();
        assertThat(bind(Map.of("teamgate.teamfluence.rate-limit.period", "2s", "teamgate.teamfluence.native-port", "9101")))
                .satisfies(p -> {
                    assertThat(p.rateLimit().period()).isEqualTo(Duration.ofSeconds(2));
                    assertThat(p.nativePort()).isEqualTo(9101);
                });
    }
}
