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

    /** Longer periods overflow the bucket's nanosecond arithmetic (and no vendor counts per year). */
    public static final Duration MAX_PERIOD = Duration.ofDays(366);
    public static final long MAX_CAPACITY = 1_000_000_000L;

    public RateLimitSettings {
        if (capacity < 1 || capacity > MAX_CAPACITY) {
            throw new IllegalArgumentException("rate-limit capacity must be between 1 and " + MAX_CAPACITY);
        }
        if (period == null || period.isZero() || period.isNegative() || period.compareTo(MAX_PERIOD) > 0) {
            throw new IllegalArgumentException("rate-limit period must be positive and at most " + MAX_PERIOD);
        }
    }

    public static RateLimitSettings off() {
        return new RateLimitSettings(false, 1, Duration.ofSeconds(1));
    }

    public RateLimitSettings withCapacity(long newCapacity) {
        return new RateLimitSettings(enabled, newCapacity, period);
    }
}
