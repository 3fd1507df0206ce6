package dev.teamgate.platform.ratelimit;

import java.time.Duration;
import java.time.Instant;

/** Whether one request may pass, and the numbers a vendor may put in its rate-limit headers. */
public record RateLimitDecision(boolean allowed, long limit, long remaining, Instant resetAt, Duration retryAfter) {

    public static RateLimitDecision unlimited() {
        return new RateLimitDecision(true, Long.MAX_VALUE, Long.MAX_VALUE, null, Duration.ZERO);
    }

    public boolean limited() {
        return limit != Long.MAX_VALUE;
    }
}
