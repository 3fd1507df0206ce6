package dev.teamgate.platform.webhook;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One event for one subscriber, ready to send: the vendor has already serialised the body and
 * computed its headers (signature included), so delivery and replay are vendor-agnostic.
 * Webhooks with the same non-null {@code orderingKey} (say, one subscriber and one resource) are
 * delivered one after the other in the order they were dispatched: a later one waits while an
 * earlier one is still pending, retries included.
 */
public record OutboundWebhook(String vendor, @Nullable Long workspaceId, String event, String url, String body,
                              Map<String, String> headers, @Nullable String orderingKey) {

    public OutboundWebhook {
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    /** A webhook with no ordering: it may overtake or be overtaken by any other. */
    public OutboundWebhook(String vendor, Long workspaceId, String event, String url, String body,
                           Map<String, String> headers) {
        this(vendor, workspaceId, event, url, body, headers, null);
    }
}
