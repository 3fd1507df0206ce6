package dev.teamgate.domain.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/** A subscription in the {@code webhooks} fixture section; {@code active} defaults to true. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record WebhookSubscriptionFixture(
        String externalId,
        String url,
        List<String> events,
        String secret,
        String description,
        Boolean active,
        Instant createdAt,
        Instant updatedAt) {
}
