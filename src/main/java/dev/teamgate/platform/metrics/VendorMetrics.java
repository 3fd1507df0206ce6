package dev.teamgate.platform.metrics;

import dev.teamgate.platform.journal.RequestJournal;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Teamgate's own meters, beside Spring's {@code http.server.requests}: requests per vendor, method
 * and status ({@code teamgate.requests}), the journal's size ({@code teamgate.journal.size}) and
 * webhook attempts per vendor and outcome ({@code teamgate.webhook.attempts}).
 */
@Component
public class VendorMetrics {

    private final MeterRegistry registry;

    public VendorMetrics(MeterRegistry registry, RequestJournal journal) {
        this.registry = registry;
        Gauge.builder("teamgate.journal.size", journal, RequestJournal::size)
                .description("requests held in the request journal").register(registry);
    }

    public void request(String vendor, String method, int status, Duration duration) {
        Timer.builder("teamgate.requests")
                .description("vendor API requests")
                .tag("vendor", vendor).tag("method", method).tag("status", String.valueOf(status))
                .register(registry).record(duration);
    }

    public void webhookAttempt(String vendor, boolean delivered) {
        registry.counter("teamgate.webhook.attempts", "vendor", vendor, "outcome", delivered ? "delivered" : "failed")
                .increment();
    }
}
