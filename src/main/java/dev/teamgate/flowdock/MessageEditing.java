package dev.teamgate.flowdock;

import dev.teamgate.domain.account.Account;
import dev.teamgate.domain.message.Message;
import dev.teamgate.domain.message.MessageService;
import dev.teamgate.domain.message.NewMessage;
import dev.teamgate.domain.room.Room;
import dev.teamgate.domain.room.RoomMemberRepository;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Editing and deleting messages with Flowdock's ownership rules. Content is editable only in your
 * own {@code message} or {@code comment}; anyone who can see a message may replace its tags. Each
 * change is itself posted as a {@code message-edit} or {@code tag-change} event, so streams see it.
 */
@Service
@RequiredArgsConstructor
class MessageEditing {

    private final MessageService messages;
    private final RoomMemberRepository members;
    private final Clock clock;
    private final ObjectMapper json;

    @Transactional
    public void edit(Account editor, Room room, Message message, FlowdockParams params) {
        String content = null;
        if (params.has("content")) {
            if (!isOwn(editor, message) || !(MessageEvents.MESSAGE.equals(message.getEvent())
                    || MessageEvents.COMMENT.equals(message.getEvent()))) {
                throw FlowdockErrors.forbidden("Only the content of your own messages and comments can be changed");
            }
            content = MessagePosting.chatContent(params);
        }
        Set<String> newTags = null;
        if (params.has("tags")) {
            List<String> explicit = params.list("tags");
            TagParser.validate(explicit);
            List<Account> roomAccounts = members.findByRoom(room).stream().map(m -> m.getAccount()).toList();
            newTags = TagParser.tags(explicit, null, roomAccounts, editor.getExternalId());
        }
        if (content != null && !content.equals(message.getContent())) {
            message.setContent(content);
            message.setEditedAt(clock.instant());
            ObjectNode change = json.createObjectNode();
            change.put("message", message.getSeq());
            change.put("updated_content", content);
            postEvent(editor, room, MessageEvents.MESSAGE_EDIT, change);
        }
        if (newTags != null && !newTags.equals(message.getTags())) {
            List<String> added = new ArrayList<>(newTags);
            added.removeAll(message.getTags());
            List<String> removed = new ArrayList<>(message.getTags());
            removed.removeAll(newTags);
            message.replaceTags(new LinkedHashSet<>(newTags));
            ObjectNode change = json.createObjectNode();
            change.put("message", message.getSeq());
            added.stream().sorted().forEach(change.putArray("add")::add);
            removed.stream().sorted().forEach(change.putArray("remove")::add);
            if (!change.has("add")) {
                change.putArray("add");
            }
            if (!change.has("remove")) {
                change.putArray("remove");
            }
            postEvent(editor, room, MessageEvents.TAG_CHANGE, change);
        }
    }

    /**
     * Deletes as Flowdock does: team-inbox items and your own files are removed (204), your own chat
     * messages and comments are emptied but stay in the history (200), anything else is refused (403).
     *
     * @return true when the message was removed outright, false when it was emptied
     */
    @Transactional
    public boolean delete(Account deleter, Message message) {
        boolean inbox = MessageEvents.INBOX_APP.equals(message.getApp());
        boolean ownFile = MessageEvents.FILE.equals(message.getEvent()) && isOwn(deleter, message);
        if (inbox || ownFile) {
            message.setDeleted(true);
            return true;
        }
        boolean ownChat = isOwn(deleter, message) && (MessageEvents.MESSAGE.equals(message.getEvent())
                || MessageEvents.COMMENT.equals(message.getEvent()));
        if (ownChat) {
            message.setContent("");
            message.setEditedAt(clock.instant());
            return false;
        }
        throw FlowdockErrors.forbidden("You can only delete your own messages, comments and files, or team inbox items");
    }

    private void postEvent(Account author, Room room, String event, ObjectNode content) {
        ObjectNode payload = json.createObjectNode();
        payload.set("content", content);
        messages.post(room.getId(), new NewMessage(event, author, null, null, null, payload.toString(), Set.of(),
                null, null, null, null));
    }

    private static boolean isOwn(Account account, Message message) {
        return message.getAuthor() != null && message.getAuthor().getId().equals(account.getId());
    }
}
