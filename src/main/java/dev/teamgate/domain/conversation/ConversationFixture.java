package dev.teamgate.domain.conversation;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The conversation metadata of one room in the {@code conversations} fixture section;
 * {@code room} is the room's slug, {@code assignee} an account slug, {@code contact} a contact's
 * external id, {@code customFields} any JSON object.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ConversationFixture(
        String room,
        String status,
        String channel,
        String priority,
        String assignee,
        String contact,
        List<String> tags,
        JsonNode customFields,
        Instant updatedAt) {
}
