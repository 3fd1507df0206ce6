package dev.teamgate.commflow;

import java.time.Instant;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** A CommFlow inbox ticket; {@code conversation_id} names the conversation it was raised from, if any. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record TicketResource(String id, String subject, String description, String status, String priority, UserRef assignee,
                      ContactRef contact, String conversationId, Instant createdAt, Instant updatedAt) {
}
