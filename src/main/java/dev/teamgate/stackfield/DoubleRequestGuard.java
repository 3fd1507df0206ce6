package dev.teamgate.stackfield;

import dev.teamgate.platform.reset.ResetListener;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Stackfield's 4057 "Double request.": the same body sent to the same webhook URL again within
 * {@code teamgate.stackfield.double-request-window} (a zero window switches the check off). Only
 * digests are kept, in memory, in a Caffeine cache that expires them after the window on the
 * injected clock and holds at most {@value #MAX_CLAIMS}; a reset forgets them. A request that fails
 * releases its claim, so retrying a refused body is not a double request.
 */
@Component
class DoubleRequestGuard implements ResetListener {

    private static final long MAX_CLAIMS = 100_000;

    private final Cache<String, Instant> recent;
    private final Clock clock;
    private final Duration window;

    DoubleRequestGuard(Clock clock, StackfieldProperties properties) {
        this.clock = clock;
        this.window = properties.doubleRequestWindow();
        this.recent = Caffeine.newBuilder()
                .ticker(() -> nanos(clock.instant()))
                .expireAfterWrite(window.isNegative() ? Duration.ZERO : window)
                .maximumSize(MAX_CLAIMS)
                .executor(Runnable::run)
                .build();
    }

    /** Claims the body for this URL, or answers 4057 when it was claimed within the window. */
    Claim claim(long webhookId, String bodyDigest) {
        Instant now = clock.instant();
        String key = webhookId + ":" + bodyDigest;
        if (window.isZero() || window.isNegative()) {
            return new Claim(key, now);
        }
        boolean[] fresh = {false};
        recent.asMap().compute(key, (k, previous) -> {
            if (previous != null && now.isBefore(previous.plus(window))) {
                return previous;
            }
            fresh[0] = true;
            return now;
        });
        if (!fresh[0]) {
            throw ResultCode.DOUBLE_REQUEST.exception();
        }
        return new Claim(key, now);
    }

    /** Gives the claim back after the request failed. */
    void release(Claim claim) {
        recent.asMap().remove(claim.key(), claim.at());
    }

    @Override
    public void afterReset() {
        recent.invalidateAll();
    }

    private static long nanos(Instant at) {
        return at.getEpochSecond() * 1_000_000_000L + at.getNano();
    }

    record Claim(String key, Instant at) {
    }
}
