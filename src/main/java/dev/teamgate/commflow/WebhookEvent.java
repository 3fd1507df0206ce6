package dev.teamgate.commflow;

import java.time.Instant;

/** The body of every outbound webhook, as in the docs: {@code {"event","timestamp","data"}}. */
record WebhookEvent(String event, Instant timestamp, Object data) {
}
