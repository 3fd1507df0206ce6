package dev.teamgate.platform.ratelimit;

import java.time.Duration;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * One rate-limit policy: at most {@code capacity} requests per {@code period} for each key, the
 * whole allowance coming back at once when the period ends. Bound from
 * {@code teamgate.<vendor>.rate-limit.*}.
 */
public record RateLimitSettings(@DefaultValue("false") boolean enabled, @DefaultValue("1") long capacity,
                                @DefaultValue("1s") Duration period) {

    public RateLimitSettings {
        if (capacity < 1) {
            throw new IllegalArgumentException("rate-limit capacity must be at least 1");
        }
        if (period == null || period.isZero() || period.isNegative()) {
            throw new IllegalArgumentException("rate-limit period must be positive");
        }
    }

    public static RateLimitSettings off() {
        return new RateLimitSettings(false, 1, Duration.ofSeconds(1));
    }

    public RateLimitSettings withCapacity(long newCapacity) {
        return new RateLimitSettings(enabled, newCapacity, period);
    }
}
