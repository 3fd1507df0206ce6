package dev.teamgate.platform.gateway;

import dev.teamgate.platform.journal.JournalRecorder;
import dev.teamgate.platform.metrics.VendorMetrics;
import java.time.Duration;
import lombok.RequiredArgsConstructor;
import org.springframework.web.util.ContentCachingRequestWrapper;

/**
 * The last step, run whatever happened after capture (answered, refused, failed): the journal
 * entry and the request metric. A dropped connection is recorded with status 0.
 */
@RequiredArgsConstructor
final class JournalStep {

    private final JournalRecorder journal;
    private final VendorMetrics metrics;

    void record(GatewayExchange exchange) {
        ContentCachingRequestWrapper captured = exchange.captured();
        CappedTeeResponse tee = exchange.tee();
        if (captured == null || tee == null) {
            return; // answered before capture (a CORS preflight): not a vendor call to journal
        }
        long nanos = System.nanoTime() - exchange.startedNanos();
        int status = exchange.dropped() ? 0 : tee.getStatus();
        journal.record(exchange.vendor(), captured, tee, status, tee.copiedBody(), nanos / 1_000_000,
                exchange.caller(), exchange.faultId());
        metrics.request(exchange.vendor().key(), captured.getMethod(), status, Duration.ofNanos(nanos));
    }
}
