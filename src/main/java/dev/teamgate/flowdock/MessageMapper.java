package dev.teamgate.flowdock;

import dev.teamgate.domain.message.Message;
import dev.teamgate.domain.room.Room;
import dev.teamgate.domain.room.RoomKinds;
import dev.teamgate.domain.room.RoomMemberRepository;
import dev.teamgate.domain.thread.MessageThreadService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Messages as Flowdock JSON. The message id is the per-room sequence number. What a message's
 * {@code content} looks like depends on its event: a string for chat lines and statuses,
 * {@code {title,text}} for comments, the stored object (payload {@code content}) for files, actions
 * and edits, and null for threaded activities and discussions, whose text sits in
 * {@code title}/{@code body}. Tags are listed in alphabetical order.
 */
@Component
@RequiredArgsConstructor
class MessageMapper {

    private final RoomMemberRepository members;
    private final MessageThreadService threads;
    private final ThreadMapper threadMapper;
    private final ObjectMapper json;

    FlowdockWire.Message message(Message m) {
        return messages(m.getRoom(), List.of(m)).get(0);
    }

    List<FlowdockWire.Message> messages(Room room, List<Message> list) {
        boolean isPrivate = RoomKinds.PRIVATE.equals(room.getKind());
        List<String> participants = isPrivate
                ? members.findByRoom(room).stream().map(m -> m.getAccount().getExternalId()).toList()
                : List.of();
        Map<String, FlowdockWire.Thread> threadCache = new HashMap<>();
        List<FlowdockWire.Message> out = new ArrayList<>(list.size());
        for (Message m : list) {
            out.add(map(room, m, isPrivate, participants, threadCache));
        }
        return out;
    }

    private FlowdockWire.Message map(Room room, Message m, boolean isPrivate, List<String> participants,
                                     Map<String, FlowdockWire.Thread> threadCache) {
        JsonNode payload = m.getPayload() == null ? json.createObjectNode() : json.readTree(m.getPayload());
        String user = m.getAuthor() == null ? "0" : m.getAuthor().getExternalId();
        String to = isPrivate ? participants.stream().filter(p -> !p.equals(user)).findFirst().orElse(user) : null;
        boolean threaded = MessageEvents.THREADED.contains(m.getEvent());
        FlowdockWire.Thread thread = null;
        if (m.getThreadKey() != null) {
            thread = threadCache.computeIfAbsent(m.getThreadKey(),
                    key -> threads.find(room, key).map(threadMapper::thread).orElse(null));
        }
        List<Object> attachments = new ArrayList<>();
        JsonNode storedAttachments = payload.get("attachments");
        if (storedAttachments != null && storedAttachments.isArray()) {
            storedAttachments.forEach(attachments::add);
        }
        return new FlowdockWire.Message(m.getSeq(), m.getEvent(), content(m, payload, threaded),
                m.getTags().stream().sorted().toList(), m.getUuid(), user,
                isPrivate ? null : room.getExternalId(), to,
                m.getCreatedAt().toEpochMilli(), m.getApp(), attachments, FlowdockLinks.timestamp(m.getCreatedAt()),
                m.getEditedAt() == null ? null : m.getEditedAt().toEpochMilli(),
                m.getAuthor() == null && MessageEvents.CHAT_EVENTS.contains(m.getEvent()) ? m.getAuthorName() : null,
                threaded ? m.getTitle() : null, threaded ? m.getContent() : null,
                threaded ? payload.get("author") : null, m.getThreadKey(), thread);
    }

    private static Object content(Message m, JsonNode payload, boolean threaded) {
        JsonNode stored = payload.get("content");
        if (stored != null) {
            return stored;
        }
        if (threaded) {
            return null;
        }
        if (MessageEvents.COMMENT.equals(m.getEvent())) {
            Map<String, Object> comment = new java.util.LinkedHashMap<>();
            comment.put("title", m.getParent() == null ? m.getTitle() : parentTitle(m.getParent()));
            comment.put("text", m.getContent());
            return comment;
        }
        return m.getContent();
    }

    /** What a comment shows as its parent's title: the parent's title, or its text for a chat line. */
    static String parentTitle(Message parent) {
        return parent.getTitle() != null ? parent.getTitle() : parent.getContent();
    }
}
