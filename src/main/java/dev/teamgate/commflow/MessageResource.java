package dev.teamgate.commflow;

import java.time.Instant;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A message of a conversation: the docs' {@code {id, body, type, created_at}} plus the conversation
 * it belongs to and its author ({@code {"id":null,"name":…}} for the contact's own messages).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record MessageResource(String id, String conversationId, String body, String type, UserRef author, Instant createdAt) {
}
