package dev.teamgate.stackfield;

import dev.teamgate.platform.reset.ResetListener;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Stackfield's 4057 "Double request.": the same body sent to the same webhook URL again within
 * {@code teamgate.stackfield.double-request-window} (a zero window switches the check off). Only
 * digests are kept, in memory, on the injected clock; a reset forgets them. A request that fails
 * releases its claim, so retrying a refused body is not a double request.
 */
@Component
class DoubleRequestGuard implements ResetListener {

    private static final int PURGE_ABOVE = 10_000;

    private final Map<String, Instant> recent = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration window;

    DoubleRequestGuard(Clock clock, StackfieldProperties properties) {
        this.clock = clock;
        this.window = properties.doubleRequestWindow();
    }

    /** Claims the body for this URL, or answers 4057 when it was claimed within the window. */
    Claim claim(long webhookId, String bodyDigest) {
        Instant now = clock.instant();
        String key = webhookId + ":" + bodyDigest;
        if (window.isZero() || window.isNegative()) {
            return new Claim(key, now);
        }
        boolean[] fresh = {false};
        recent.compute(key, (k, previous) -> {
            if (previous != null && now.isBefore(previous.plus(window))) {
                return previous;
            }
            fresh[0] = true;
            return now;
        });
        if (!fresh[0]) {
            throw ResultCode.DOUBLE_REQUEST.exception();
        }
        if (recent.size() > PURGE_ABOVE) {
            recent.values().removeIf(at -> !now.isBefore(at.plus(window)));
        }
        return new Claim(key, now);
    }

    /** Gives the claim back after the request failed. */
    void release(Claim claim) {
        recent.remove(claim.key(), claim.at());
    }

    @Override
    public void afterReset() {
        recent.clear();
    }

    record Claim(String key, Instant at) {
    }
}
