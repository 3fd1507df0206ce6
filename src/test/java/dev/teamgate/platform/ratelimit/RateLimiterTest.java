package dev.teamgate.platform.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.teamgate.platform.clock.TeamgateClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final TeamgateClock clock = new TeamgateClock(Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC));
    private final RateLimiter limiter = RateLimiter.inMemory(clock);
    private final RateLimitSettings threePerMinute = new RateLimitSettings(true, 3, Duration.ofMinutes(1));

    @Test
    void exactlyCapacityPassPerWindowAndTheNextIsRefused() {
        for (int i = 0; i < 3; i++) {
            RateLimitDecision decision = limiter.tryConsume("v", "k", threePerMinute);
            assertThat(decision.allowed()).isTrue();
            assertThat(decision.remaining()).isEqualTo(2 - i);
            assertThat(decision.limit()).isEqualTo(3);
        }
        RateLimitDecision refused = limiter.tryConsume("v", "k", threePerMinute);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.remaining()).isZero();
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void theWholeAllowanceComesBackWhenTheWindowEnds() {
        for (int i = 0; i < 3; i++) {
            limiter.tryConsume("v", "k", threePerMinute);
        }
        clock.advance(Duration.ofSeconds(59));
        assertThat(limiter.tryConsume("v", "k", threePerMinute).allowed()).isFalse();
        clock.advance(Duration.ofSeconds(1));
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryConsume("v", "k", threePerMinute).allowed()).isTrue();
        }
        assertThat(limiter.tryConsume("v", "k", threePerMinute).allowed()).isFalse();
    }

    @Test
    void keysAndVendorsHaveSeparateBuckets() {
        for (int i = 0; i < 3; i++) {
            limiter.tryConsume("v", "k1", threePerMinute);
        }
        assertThat(limiter.tryConsume("v", "k1", threePerMinute).allowed()).isFalse();
        assertThat(limiter.tryConsume("v", "k2", threePerMinute).allowed()).isTrue();
        assertThat(limiter.tryConsume("w", "k1", threePerMinute).allowed()).isTrue();
    }

    @Test
    void disabledSettingsNeverRefuse() {
        RateLimitSettings off = new RateLimitSettings(false, 1, Duration.ofHours(1));
        for (int i = 0; i < 10; i++) {
            assertThat(limiter.tryConsume("v", "k", off).allowed()).isTrue();
        }
        assertThat(limiter.bucketCount()).isZero();
    }

    @Test
    void resetRefillsEveryBucket() {
        for (int i = 0; i < 3; i++) {
            limiter.tryConsume("v", "k", threePerMinute);
        }
        limiter.reset();
        assertThat(limiter.tryConsume("v", "k", threePerMinute).remaining()).isEqualTo(2);
    }
}
