package dev.teamgate.commflow;

import java.time.Instant;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** A CommFlow conversation, the same in lists and when fetched alone. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record ConversationResource(String id, String subject, String status, String channel, String priority, UserRef assignee,
                            ContactRef contact, List<String> tags, JsonNode customFields, Instant createdAt,
                            Instant updatedAt) {
}
