package dev.teamgate.domain.lead;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** An entry of a workspace's {@code leadWebhooks} fixture section. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record LeadWebhookFixture(String url, Instant createdAt) {
}
