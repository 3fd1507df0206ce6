package dev.teamgate.testing;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An outbound webhook Teamgate sent (or is retrying), with every attempt. {@code status} is
 * {@code PENDING}, {@code DELIVERED} or {@code FAILED}.
 */
public record WebhookDelivery(long id, String vendor, Long workspaceId, String event, String url, String status,
                              Instant createdAt, Instant nextAttemptAt, Long replayOf, Map<String, String> headers,
                              String body, List<Attempt> attempts) {

    /** One try: the receiver's status (null when it never answered) or the error. */
    public record Attempt(int number, Instant at, Integer status, String error, long durationMillis) {
    }
}
