package dev.teamgate.stackfield;

import static org.assertj.core.api.Assertions.assertThat;

import dev.teamgate.platform.clock.TeamgateClock;
import dev.teamgate.platform.error.ApiProblemException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class DoubleRequestGuardTest {

    final TeamgateClock clock = new TeamgateClock();

    @BeforeEach
    void freeze() {
        clock.freeze(Instant.parse("2026-06-01T08:00:00Z"));
    }

    static StackfieldProperties window(Duration window) {
        return new StackfieldProperties(null, new StackfieldProperties.CallLimit(true, 1, Duration.ofSeconds(1)), window,
                DataSize.ofMegabytes(8), 100,
                new StackfieldProperties.Files(null, DataSize.ofGigabytes(1), DataSize.ofGigabytes(1), List.of()));
    }

    static String codeOf(Runnable action) {
        try {
            action.run();
            return "claimed";
        } catch (ApiProblemException e) {
            return e.problem().code();
        }
    }

    @Test
    void theSameDigestOnTheSameWebhookWithinTheWindowIsADoubleRequest() {
        DoubleRequestGuard guard = new DoubleRequestGuard(clock, window(Duration.ofSeconds(10)));
        guard.claim(1, "abc");
        clock.advance(Duration.ofMillis(9_999));
        assertThat(codeOf(() -> guard.claim(1, "abc"))).isEqualTo("4057");
        assertThat(codeOf(() -> guard.claim(2, "abc"))).isEqualTo("claimed");
        assertThat(codeOf(() -> guard.claim(1, "abd"))).isEqualTo("claimed");
        clock.advance(Duration.ofMillis(1));
        assertThat(codeOf(() -> guard.claim(1, "abc"))).isEqualTo("claimed");
    }

    @Test
    void aReleasedClaimIsForgotten() {
        DoubleRequestGuard guard = new DoubleRequestGuard(clock, window(Duration.ofSeconds(10)));
        DoubleRequestGuard.Claim claim = guard.claim(1, "abc");
        guard.release(claim);
        assertThat(codeOf(() -> guard.claim(1, "abc"))).isEqualTo("claimed");
    }

    @Test
    void releasingAnOldClaimLeavesANewerOneAlone() {
        DoubleRequestGuard guard = new DoubleRequestGuard(clock, window(Duration.ofSeconds(10)));
        DoubleRequestGuard.Claim old = guard.claim(1, "abc");
        clock.advance(Duration.ofSeconds(11));
        guard.claim(1, "abc");
        guard.release(old);
        assertThat(codeOf(() -> guard.claim(1, "abc"))).isEqualTo("4057");
    }

    @Test
    void aResetForgetsEverything() {
        DoubleRequestGuard guard = new DoubleRequestGuard(clock, window(Duration.ofSeconds(10)));
        guard.claim(1, "abc");
        guard.afterReset();
        assertThat(codeOf(() -> guard.claim(1, "abc"))).isEqualTo("claimed");
    }

    @Test
    void aZeroWindowSwitchesTheCheckOff() {
        DoubleRequestGuard guard = new DoubleRequestGuard(clock, window(Duration.ZERO));
        guard.claim(1, "abc");
        assertThat(codeOf(() -> guard.claim(1, "abc"))).isEqualTo("claimed");
    }
}
