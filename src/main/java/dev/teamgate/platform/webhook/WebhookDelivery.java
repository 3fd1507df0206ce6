package dev.teamgate.platform.webhook;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A delivery and every attempt made for it. Mutable, guarded by its own monitor: the dispatcher's
 * workers update it while the control plane reads snapshots through {@link #view()}.
 */
public final class WebhookDelivery {

    private final long id;
    private final OutboundWebhook webhook;
    private final Instant createdAt;
    private final Long replayOf;
    private final List<DeliveryAttempt> attempts = new ArrayList<>();
    private DeliveryStatus status = DeliveryStatus.PENDING;
    private Instant nextAttemptAt;
    private boolean inFlight;

    WebhookDelivery(long id, OutboundWebhook webhook, Instant createdAt, Long replayOf) {
        this.id = id;
        this.webhook = webhook;
        this.createdAt = createdAt;
        this.replayOf = replayOf;
        this.nextAttemptAt = createdAt;
    }

    public long id() {
        return id;
    }

    public OutboundWebhook webhook() {
        return webhook;
    }

    synchronized boolean claimIfDue(Instant now) {
        if (status != DeliveryStatus.PENDING || inFlight || nextAttemptAt == null || now.isBefore(nextAttemptAt)) {
            return false;
        }
        inFlight = true;
        return true;
    }

    synchronized boolean isPending() {
        return status == DeliveryStatus.PENDING;
    }

    synchronized int attemptCount() {
        return attempts.size();
    }

    synchronized void recordAttempt(DeliveryAttempt attempt, int maxAttempts, Instant retryAt) {
        attempts.add(attempt);
        inFlight = false;
        if (attempt.succeeded()) {
            status = DeliveryStatus.DELIVERED;
            nextAttemptAt = null;
        } else if (attempts.size() >= maxAttempts) {
            status = DeliveryStatus.FAILED;
            nextAttemptAt = null;
        } else {
            nextAttemptAt = retryAt;
        }
    }

    synchronized void cancel() {
        if (status == DeliveryStatus.PENDING) {
            status = DeliveryStatus.FAILED;
            nextAttemptAt = null;
        }
    }

    public synchronized DeliveryView view() {
        return new DeliveryView(id, webhook.vendor(), webhook.workspaceId(), webhook.event(), webhook.url(), status,
                createdAt, nextAttemptAt, replayOf, webhook.headers(), webhook.body(), List.copyOf(attempts));
    }

    /** A consistent snapshot of a delivery, as the control plane shows it. */
    public record DeliveryView(long id, String vendor, Long workspaceId, String event, String url,
                               DeliveryStatus status, Instant createdAt, Instant nextAttemptAt, Long replayOf,
                               java.util.Map<String, String> headers, String body, List<DeliveryAttempt> attempts) {
    }
}
