package dev.teamgate.flowdock;

import dev.teamgate.domain.account.Account;
import dev.teamgate.domain.message.Message;
import dev.teamgate.domain.message.MessageRepository;
import dev.teamgate.domain.message.MessageService;
import dev.teamgate.domain.message.NewMessage;
import dev.teamgate.domain.room.Room;
import dev.teamgate.domain.room.RoomMemberRepository;
import dev.teamgate.domain.thread.MessageThread;
import dev.teamgate.domain.thread.MessageThreadService;
import dev.teamgate.domain.thread.ThreadState;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Posting a message, the Flowdock way: validates the fields of its event, derives tags, joins or
 * opens its thread and stores it with the room's next id. Everything is checked before anything is
 * written, so a refused post changes nothing.
 */
@Service
@RequiredArgsConstructor
class MessagePosting {

    private static final int MAX_CONTENT = 8096;
    static final int MAX_TITLE = 1000;
    static final int MAX_BODY = 100_000;
    static final int MAX_URL = 2000;

    private final MessageService messages;
    private final MessageRepository messageRepository;
    private final RoomMemberRepository members;
    private final MessageThreadService threads;
    private final Presence presence;
    private final FileUploads uploads;
    private final ThreadInput threadInput;
    private final ObjectMapper json;

    /**
     * Posts {@code params} to {@code room}. {@code event} is the already-checked event;
     * {@code urlThreadKey} a thread named in the URL (or null).
     */
    @Transactional
    public Message post(Poster poster, Room room, String event, FlowdockParams params, String urlThreadKey) {
        List<String> explicitTags = params.list("tags");
        TagParser.validate(explicitTags);
        String uuid = params.text("uuid", 100).orElse(null);
        String externalUserName = params.text("external_user_name", 100).orElse(null);
        ObjectNode payload = json.createObjectNode();
        String title = null;
        String content;
        String textForTags = null;
        Set<String> extraTags = new LinkedHashSet<>();
        switch (event) {
            case MessageEvents.MESSAGE, MessageEvents.STATUS -> {
                content = chatContent(params);
                textForTags = MessageEvents.MESSAGE.equals(event) ? content : null;
            }
            case MessageEvents.FILE -> {
                ObjectNode file = uploads.read(params, room);
                payload.set("content", file);
                payload.putArray("attachments").add(file.deepCopy());
                content = file.get("file_name").asString();
                extraTags.add(":file");
            }
            case MessageEvents.ACTIVITY, MessageEvents.DISCUSSION -> {
                title = params.requiredText("title", MAX_TITLE);
                content = params.text("body", MAX_BODY).orElse(null);
                payload.set("author", author(params));
                attachments(params).ifPresent(a -> payload.set("attachments", a));
            }
            default -> throw FlowdockErrors.invalid("event", "is not included in the list");
        }
        ThreadChoice thread = thread(poster, room, event, params, urlThreadKey);

        List<Account> roomAccounts = members.findByRoom(room).stream().map(m -> m.getAccount()).toList();
        Set<String> tags = TagParser.tags(explicitTags, textForTags, roomAccounts, poster.userId());
        tags.addAll(extraTags);
        String app = MessageEvents.THREADED.contains(event) ? MessageEvents.INBOX_APP : MessageEvents.CHAT_APP;
        MessageThread joined = thread.open(threads, room, poster);
        // external_user_name makes the post anonymous, as if sent through the push API
        Account author = externalUserName != null ? null : poster.account();
        Message stored = messages.post(room.getId(), new NewMessage(event, author, externalUserName,
                title, content, payload.isEmpty() ? null : payload.toString(), tags, null,
                joined == null ? null : joined.getThreadKey(), uuid, app));
        if (joined != null) {
            threads.update(joined, thread.state());
        }
        if (poster.isUser()) {
            presence.active(poster.userId());
        }
        return stored;
    }

    /** A comment on {@code parent}: plain text content, tagged {@code influx:<parent id>}, in the parent's thread. */
    @Transactional
    public Message comment(Poster poster, Room room, Message parent, FlowdockParams params) {
        if (MessageEvents.COMMENT.equals(parent.getEvent())) {
            throw FlowdockErrors.invalid("message", "can't be a comment");
        }
        List<String> explicitTags = params.list("tags");
        TagParser.validate(explicitTags);
        String uuid = params.text("uuid", 100).orElse(null);
        String externalUserName = params.text("external_user_name", 100).orElse(null);
        String content = chatContent(params);
        List<Account> roomAccounts = members.findByRoom(room).stream().map(m -> m.getAccount()).toList();
        Set<String> tags = TagParser.tags(explicitTags, content, roomAccounts, poster.userId());
        tags.add("influx:" + parent.getSeq());
        Account author = externalUserName != null ? null : poster.account();
        Message stored = messages.post(room.getId(), new NewMessage(MessageEvents.COMMENT, author,
                externalUserName, null, content, null, tags, parent.getId(),
                parent.getThreadKey(), uuid, MessageEvents.CHAT_APP));
        if (parent.getThreadKey() != null) {
            threads.find(room, parent.getThreadKey()).ifPresent(t -> threads.update(t, null));
        }
        if (poster.isUser()) {
            presence.active(poster.userId());
        }
        return stored;
    }

    /** A live message of the room by its id, or 404. */
    Message find(Room room, long seq) {
        return messageRepository.findByRoomAndSeq(room, seq).filter(m -> !m.isDeleted())
                .orElseThrow(() -> FlowdockErrors.notFound("Message not found"));
    }

    static String chatContent(FlowdockParams params) {
        String content = params.requiredText("content");
        FlowdockParams.checkLength("content", content, MAX_CONTENT);
        return content;
    }

    private JsonNode author(FlowdockParams params) {
        JsonNode author = params.node("author");
        if (author == null) {
            throw FlowdockErrors.invalid("author", "can't be blank");
        }
        if (!author.isObject()) {
            throw FlowdockErrors.invalid("author", "is invalid");
        }
        ObjectNode clean = json.createObjectNode();
        for (String field : List.of("name", "avatar", "email")) {
            JsonNode value = author.get(field);
            if (value != null && !value.isNull()) {
                if (!value.isValueNode() || value.asString().length() > MAX_URL) {
                    throw FlowdockErrors.invalid("author." + field, "is invalid");
                }
                clean.put(field, value.asString());
            }
        }
        if (!clean.has("name") || clean.get("name").asString().isBlank()) {
            throw FlowdockErrors.invalid("author.name", "can't be blank");
        }
        return clean;
    }

    private java.util.Optional<ArrayNode> attachments(FlowdockParams params) {
        JsonNode given = params.node("attachments");
        if (given == null) {
            return java.util.Optional.empty();
        }
        if (!given.isArray() || given.toString().length() > MAX_BODY) {
            throw FlowdockErrors.invalid("attachments", "is invalid");
        }
        for (JsonNode item : given) {
            if (!item.isObject()) {
                throw FlowdockErrors.invalid("attachments", "is invalid");
            }
        }
        return java.util.Optional.of((ArrayNode) given);
    }

    /** Which thread a post goes to, checked before anything is written. */
    private ThreadChoice thread(Poster poster, Room room, String event, FlowdockParams params, String urlThreadKey) {
        String threadId = urlThreadKey != null ? urlThreadKey : params.text("thread_id", 100).orElse(null);
        String externalId = params.text("external_thread_id", 200).orElse(null);
        ThreadState state = threadInput.read(params);
        if (threadId != null) {
            MessageThread existing = threads.find(room, threadId)
                    .orElseThrow(() -> FlowdockErrors.notFound("Thread not found"));
            return new ThreadChoice(existing, null, state);
        }
        if (externalId != null) {
            MessageThread existing = threads.findExternal(room, poster.source(), externalId).orElse(null);
            if (existing == null && (state == null || state.title() == null || state.title().isBlank())) {
                throw FlowdockErrors.invalid("thread.title", "can't be blank");
            }
            return new ThreadChoice(existing, externalId, state);
        }
        if (MessageEvents.THREADED.contains(event)) {
            Map<String, List<String>> errors = new LinkedHashMap<>();
            errors.put("thread_id", List.of("can't be blank"));
            errors.put("external_thread_id", List.of("can't be blank"));
            throw FlowdockErrors.invalid(errors);
        }
        if (state != null) {
            throw FlowdockErrors.invalid("thread", "needs thread_id or external_thread_id");
        }
        return new ThreadChoice(null, null, null);
    }

    /** An existing thread, or the key and state of one to open. */
    private record ThreadChoice(MessageThread existing, String externalKey, ThreadState state) {

        MessageThread open(MessageThreadService threads, Room room, Poster poster) {
            if (existing != null) {
                return existing;
            }
            if (externalKey == null) {
                return null;
            }
            return threads.open(room, poster.source(), externalKey, state);
        }
    }
}
