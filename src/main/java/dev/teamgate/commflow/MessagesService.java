package dev.teamgate.commflow;

import dev.teamgate.domain.account.Account;
import dev.teamgate.domain.conversation.Conversation;
import dev.teamgate.domain.message.Message;
import dev.teamgate.domain.message.MessageRepository;
import dev.teamgate.domain.message.MessageService;
import dev.teamgate.domain.message.NewMessage;
import dev.teamgate.domain.workspace.Workspace;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The messages of a conversation: the room's messages, in posting order. */
@Service
@RequiredArgsConstructor
class MessagesService {

    private static final List<String> TYPES = List.of("comment", "note", "reply");
    static final ListQuery.Options LIST = new ListQuery.Options(List.of(), List.of("created_at"), "created_at", false);

    private final MessageService messageService;
    private final MessageRepository messages;
    private final CommFlowEvents events;
    private final Clock clock;

    /** A page of messages, oldest first unless {@code order=desc}. */
    @Transactional(readOnly = true)
    public Page list(Conversation conversation, ListQuery query) {
        var room = conversation.getRoom();
        long total = messages.countByRoom(room);
        // Posting order (the per-room sequence number), oldest first unless order=desc.
        boolean ascending = !query.orderGiven() || !query.descending();
        PageRequest page = PageRequest.of(query.page() - 1, query.perPage());
        List<Message> found = ascending
                ? messages.findOldest(room, 0, Long.MAX_VALUE, page)
                : messages.findNewest(room, 0, Long.MAX_VALUE, page);
        return new Page(found, total);
    }

    record Page(List<Message> content, long total) {
    }

    @Transactional
    public Message post(Workspace workspace, Conversation conversation, Account author, NewMessageInput input) {
        Message message = messageService.post(conversation.getRoom().getId(), new NewMessage(input.type(), author,
                author == null ? null : author.getName(), null, input.body(), null, Set.of(), null, null,
                CommFlowIds.next("msg"), "api"));
        conversation.setUpdatedAt(WireTime.of(clock.instant()));
        events.publish(workspace, CommFlowEvents.MESSAGE_CREATED, ConversationMapper.toResource(message));
        return message;
    }

    /** {@code {"body", "type"}}: body required, type one of comment (default), note, reply. */
    record NewMessageInput(String body, String type) {

        static NewMessageInput parse(RequestFields fields) {
            String body = fields.requiredText("body", 100_000);
            String type = fields.choice("type", TYPES);
            return new NewMessageInput(body, type == null ? "comment" : type);
        }
    }
}
