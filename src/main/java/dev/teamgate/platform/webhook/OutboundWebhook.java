package dev.teamgate.platform.webhook;

import java.util.Map;

/**
 * One event for one subscriber, ready to send: the vendor has already serialised the body and
 * computed its headers (signature included), so delivery and replay are vendor-agnostic.
 */
public record OutboundWebhook(String vendor, Long workspaceId, String event, String url, String body,
                              Map<String, String> headers) {

    public OutboundWebhook {
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }
}
