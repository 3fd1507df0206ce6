package dev.teamgate.commflow;

import dev.teamgate.domain.conversation.Conversation;
import dev.teamgate.domain.message.Message;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Conversations and their messages as CommFlow shows them. */
@Component
@RequiredArgsConstructor
class ConversationMapper {

    private final ObjectMapper json;

    ConversationResource toResource(Conversation c) {
        JsonNode customFields = c.getCustomFields() == null ? json.createObjectNode() : json.readTree(c.getCustomFields());
        return new ConversationResource(c.getRoom().getExternalId(), c.getSubject(), c.getStatus(), c.getChannel(),
                c.getPriority(), UserRef.of(c.getAssignee()), ContactRef.of(c.getContact()), List.copyOf(c.getTags()),
                customFields, WireTime.of(c.getCreatedAt()), WireTime.of(c.getUpdatedAt()));
    }

    static MessageResource toResource(Message m) {
        UserRef author = m.getAuthor() != null ? UserRef.of(m.getAuthor())
                : m.getAuthorName() != null ? new UserRef(null, m.getAuthorName()) : null;
        return new MessageResource(messageId(m), m.getRoom().getExternalId(), m.getContent(), m.getEvent(), author,
                WireTime.of(m.getCreatedAt()));
    }

    /** CommFlow message ids live in the message's uuid; messages loaded without one get a per-room id. */
    static String messageId(Message m) {
        return m.getUuid() != null ? m.getUuid() : "msg_" + m.getRoom().getExternalId() + "_" + m.getSeq();
    }
}
