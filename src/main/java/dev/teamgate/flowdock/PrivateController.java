package dev.teamgate.flowdock;

import dev.teamgate.domain.message.Message;
import dev.teamgate.domain.message.MessageQueryService;
import dev.teamgate.domain.message.MessageRepository;
import dev.teamgate.domain.message.MessageService;
import dev.teamgate.domain.message.NewMessage;
import dev.teamgate.domain.room.Room;
import dev.teamgate.domain.room.RoomRepository;
import dev.teamgate.platform.auth.Caller;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/** Private conversations between two users and their messages, addressed by the other user's id. */
@RestController
@RequestMapping({FlowdockPaths.PREFIX, FlowdockPaths.V1})
@RequiredArgsConstructor
class PrivateController {

    private final Directory directory;
    private final PrivateConversations conversations;
    private final MessageService messages;
    private final MessageRepository messageRepository;
    private final MessageQueryService queries;
    private final MessageMapper mapper;
    private final RoomRepository rooms;
    private final FlowdockLinks links;
    private final PostReply reply;
    private final Presence presence;

    @Operation(summary = "List private conversations",
            description = "One entry per person you have talked with privately; `id` is the other user's id.")
    @GetMapping("/private")
    List<FlowdockWire.PrivateConversation> list(HttpServletRequest request, Caller caller) {
        FlowdockUser user = directory.user(caller);
        Scopes.require(caller, Scope.PRIVATE);
        FlowdockLinks.Base base = links.of(request);
        return conversations.all(user).stream().map(c -> conversation(base, user, c)).toList();
    }

    /** The conversation with that user; one is started (closed) when there is none yet. */
    @Operation(summary = "Get a private conversation",
            description = "The conversation with user `id`.")
    @GetMapping("/private/{id}")
    FlowdockWire.PrivateConversation show(HttpServletRequest request, Caller caller, @PathVariable String id) {
        FlowdockUser user = directory.user(caller);
        Scopes.require(caller, Scope.PRIVATE);
        return conversation(links.of(request), user, conversations.findOrStart(user, id));
    }

    @Operation(summary = "Open or close a private conversation",
            description = "`open: true|false` for your own tab. PATCH works the same.")
    @RequestMapping(value = "/private/{id}", method = {RequestMethod.PUT, RequestMethod.PATCH})
    FlowdockWire.PrivateConversation update(HttpServletRequest request, Caller caller, @PathVariable String id,
                                            FlowdockParams params) {
        FlowdockUser user = directory.user(caller);
        Scopes.require(caller, Scope.PRIVATE);
        java.util.Optional<Boolean> open = params.bool("open");
        PrivateConversations.Conversation conversation = conversations.findOrStart(user, id);
        // the caller's own tab state: the other person's stays as it is
        open.ifPresent(o -> conversations.setOpen(conversation, conversation.me(), o));
        return conversation(links.of(request), user, conversation);
    }

    /** Sends a private chat message; only {@code event: message} exists here. Reopens the conversation. */
    @Operation(summary = "Send a private message",
            description = "`event: message` (or `status`) with `content` to user `id`. Without the `X-flowdock-wait-for-message: true` header the answer is 202 with an empty body; with it, 200 with the stored message.")
    @PostMapping("/private/{id}/messages")
    ResponseEntity<Object> post(HttpServletRequest request, Caller caller, @PathVariable String id,
                                FlowdockParams params) {
        FlowdockUser user = directory.user(caller);
        Scopes.require(caller, Scope.PRIVATE);
        String event = params.requiredText("event");
        if (!MessageEvents.MESSAGE.equals(event)) {
            throw FlowdockErrors.invalid("event", "is not included in the list");
        }
        String content = MessagePosting.chatContent(params);
        String uuid = params.text("uuid", 100).orElse(null);
        PrivateConversations.Conversation conversation = conversations.findOrStart(user, id);
        Room room = conversation.room();
        Message stored = messages.post(room.getId(), new NewMessage(MessageEvents.MESSAGE, conversation.me(), null, null,
                content, null, Set.of(), null, null, uuid, MessageEvents.CHAT_APP));
        // a message opens the conversation for both people
        conversations.setOpen(conversation, conversation.me(), true);
        conversations.setOpen(conversation, conversation.other(), true);
        presence.active(user.id());
        return reply.reply(request, room, stored, HttpStatus.OK);
    }

    @Operation(summary = "List private messages",
            description = "The same filters as a flow's message list; messages carry `to` instead of `flow`.")
    @GetMapping("/private/{id}/messages")
    List<FlowdockWire.Message> list(Caller caller, @PathVariable String id, FlowdockParams params) {
        FlowdockUser user = directory.user(caller);
        Scopes.require(caller, Scope.PRIVATE);
        return conversations.find(user, id)
                .map(c -> mapper.messages(c.room(), queries.find(MessageListing.query(c.room(), params, null, List.of(), false))))
                .orElseGet(() -> {
                    MessageListing.query(null, params, null, List.of(), false);
                    return List.of();
                });
    }

    @Operation(summary = "Get a private message",
            description = "One message of the conversation.")
    @GetMapping("/private/{id}/messages/{messageId}")
    FlowdockWire.Message show(Caller caller, @PathVariable String id, @PathVariable String messageId) {
        FlowdockUser user = directory.user(caller);
        Scopes.require(caller, Scope.PRIVATE);
        PrivateConversations.Conversation conversation = conversations.find(user, id)
                .orElseThrow(() -> FlowdockErrors.notFound("Message not found"));
        Message message = messageRepository.findByRoomAndSeq(conversation.room(), MessagesController.messageId(messageId))
                .filter(m -> !m.isDeleted())
                .orElseThrow(() -> FlowdockErrors.notFound("Message not found"));
        return mapper.message(message);
    }

    private FlowdockWire.PrivateConversation conversation(FlowdockLinks.Base base, FlowdockUser user,
                                                          PrivateConversations.Conversation c) {
        Map<String, Object> activity = new LinkedHashMap<>();
        activity.put("inbox", false);
        activity.put("mentions", queries.countTagged(c.room(), ":unread:" + user.id()));
        activity.put("chat", false);
        String otherId = c.other().getExternalId();
        String nick = c.other().getNick() == null ? c.other().getName() : c.other().getNick();
        return new FlowdockWire.PrivateConversation(FlowdockLinks.id(otherId), base.privateConversation(otherId),
                "@" + nick, conversations.membership(c, c.me()).isOpen(), activity, List.of(privateUser(c.me()), privateUser(c.other())));
    }

    private static FlowdockWire.PrivateUser privateUser(dev.teamgate.domain.account.Account a) {
        return new FlowdockWire.PrivateUser(FlowdockLinks.id(a.getExternalId()), a.getNick(), a.getEmail(),
                a.getAvatarUrl(), a.getName());
    }
}
