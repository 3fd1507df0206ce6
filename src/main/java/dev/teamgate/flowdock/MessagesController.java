package dev.teamgate.flowdock;

import dev.teamgate.domain.account.Account;
import dev.teamgate.domain.credential.Credential;
import dev.teamgate.domain.integration.IntegrationSource;
import dev.teamgate.domain.message.Message;
import dev.teamgate.domain.message.MessageQueryService;
import dev.teamgate.domain.room.Room;
import dev.teamgate.domain.room.RoomMemberRepository;
import dev.teamgate.domain.thread.MessageThread;
import dev.teamgate.domain.thread.MessageThreadService;
import dev.teamgate.platform.auth.Caller;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/** Posting, listing, showing, editing and deleting flow messages, and comments on them. */
@RestController
@RequestMapping({FlowdockPaths.PREFIX, FlowdockPaths.V1})
@RequiredArgsConstructor
class MessagesController {

    private final Directory directory;
    private final MessagePosting posting;
    private final MessageEditing editing;
    private final MessageQueryService queries;
    private final MessageMapper mapper;
    private final MessageThreadService threads;
    private final RoomMemberRepository members;
    private final SourceTokens tokens;
    private final PostReply reply;

    /**
     * The flow is the token's flow for a source, the {@code flow} parameter for a user. A
     * {@code flow_token} wins over a user's credentials sent beside it.
     */
    @Operation(summary = "Send a message",
            description = "Posts a message, status, comment, file or integration activity/discussion to the flow named by `flow` (a user) or by the `flow_token` (a source). JSON or form. Without the `X-flowdock-wait-for-message: true` header the answer is 202 with an empty body; with it, 200 with the stored message.")
    @PostMapping("/messages")
    ResponseEntity<Object> post(HttpServletRequest request, FlowdockParams params) {
        Caller caller = Caller.current(request).orElse(null);
        if (FlowdockCallerAttributes.userId(caller) != null && params.text("flow_token").isEmpty()) {
            FlowdockUser user = directory.user(caller);
            Scopes.require(caller, Scope.FLOW);
            Room room = directory.requireJoined(user, directory.flowByReference(user, params.requiredText("flow")));
            return postAsUser(request, user, room, postableEvent(params), params, null);
        }
        Credential token = tokens.fromRequest(caller, params)
                .orElseThrow(() -> FlowdockErrors.unauthorized("Authentication required"));
        return postAsSource(request, token, params);
    }

    private ResponseEntity<Object> postAsSource(HttpServletRequest request, Credential token, FlowdockParams params) {
        Room room = token.getRoom();
        if (room == null) {
            throw FlowdockErrors.unauthorized("Invalid flow_token");
        }
        IntegrationSource source = tokens.sourceOf(token);
        Message stored = posting.post(Poster.integration(source), room, postableEvent(params), params, null);
        return reply.reply(request, room, stored, HttpStatus.ACCEPTED);
    }

    /** Users post to a flow they joined; a source's flow_token posts to its own flow only (404 for another). */
    @Operation(summary = "Send a message to a flow",
            description = "Same fields as `POST /messages`, with the flow in the URL. Without the `X-flowdock-wait-for-message: true` header the answer is 202 with an empty body; with it, 200 with the stored message.")
    @PostMapping("/flows/{org}/{flow}/messages")
    ResponseEntity<Object> postToFlow(HttpServletRequest request, @PathVariable String org,
                                      @PathVariable String flow, FlowdockParams params) {
        Caller caller = Caller.current(request).orElse(null);
        if (FlowdockCallerAttributes.userId(caller) == null || params.text("flow_token").isPresent()) {
            Credential token = tokens.fromRequest(caller, params)
                    .orElseThrow(() -> FlowdockErrors.unauthorized("Authentication required"));
            Room own = token.getRoom();
            if (own == null || !own.getSlug().equals(flow) || !own.getWorkspace().getSlug().equals(org)) {
                throw FlowdockErrors.notFound("Flow not found");
            }
            return postAsSource(request, token, params);
        }
        FlowdockUser user = directory.user(caller);
        Scopes.require(caller, Scope.FLOW);
        Room room = directory.joinedFlow(user, org, flow);
        return postAsUser(request, user, room, postableEvent(params), params, null);
    }

    @Operation(summary = "Send a message to a thread",
            description = "Same fields as `POST /messages`; the message joins the thread in the URL. Without the `X-flowdock-wait-for-message: true` header the answer is 202 with an empty body; with it, 200 with the stored message.")
    @PostMapping("/flows/{org}/{flow}/threads/{thread}/messages")
    ResponseEntity<Object> postToThread(HttpServletRequest request, Caller caller, @PathVariable String org,
                                        @PathVariable String flow, @PathVariable String thread,
                                        FlowdockParams params) {
        FlowdockUser user = directory.user(caller);
        Scopes.require(caller, Scope.FLOW);
        Room room = directory.joinedFlow(user, org, flow);
        threads.find(room, thread).orElseThrow(() -> FlowdockErrors.notFound("Thread not found"));
        return postAsUser(request, user, room, postableEvent(params), params, thread);
    }

    @Operation(summary = "Comment on a message",
            description = "A comment (`event: comment`) on the message `message` of the flow `flow`; the parent must not be a comment. Without the `X-flowdock-wait-for-message: true` header the answer is 202 with an empty body; with it, 200 with the stored message.")
    @PostMapping("/comments")
    ResponseEntity<Object> comment(HttpServletRequest request, Caller caller, FlowdockParams params) {
        FlowdockUser user = directory.user(caller);
        Scopes.require(caller, Scope.FLOW);
        Room room = directory.requireJoined(user, directory.flowByReference(user, params.requiredText("flow")));
        long parent = params.number("message").orElseThrow(() -> FlowdockErrors.invalid("message", "can't be blank"));
        return commentAsUser(request, user, room, parent, params);
    }

    @Operation(summary = "Comment on a message of a flow",
            description = "A comment on the message `id`; `content` is plain text. Without the `X-flowdock-wait-for-message: true` header the answer is 202 with an empty body; with it, 200 with the stored message.")
    @PostMapping("/flows/{org}/{flow}/messages/{id}/comments")
    ResponseEntity<Object> commentOn(HttpServletRequest request, Caller caller, @PathVariable String org,
                                     @PathVariable String flow, @PathVariable String id, FlowdockParams params) {
        FlowdockUser user = directory.user(caller);
        Scopes.require(caller, Scope.FLOW);
        Room room = directory.joinedFlow(user, org, flow);
        return commentAsUser(request, user, room, messageId(id), params);
    }

    @Operation(summary = "List the messages of a flow",
            description = "Filters: `event` (comma list), `limit` 1-100 (30), `sort` desc|asc picks the newest or oldest, `since_id`/`until_id` (exclusive), `tags` with `tag_mode` and|or, `search` with `skip`. Always ascending by id.")
    @GetMapping("/flows/{org}/{flow}/messages")
    List<FlowdockWire.Message> list(Caller caller, @PathVariable String org, @PathVariable String flow,
                                    FlowdockParams params) {
        FlowdockUser user = directory.user(caller);
        Scopes.require(caller, Scope.FLOW);
        Room room = directory.joinedFlow(user, org, flow);
        return mapper.messages(room, queries.find(MessageListing.query(room, params, null, roomAccounts(room, params), true)));
    }

    @Operation(summary = "List the messages of a thread",
            description = "The same filters as the flow's message list, within one thread.")
    @GetMapping("/flows/{org}/{flow}/threads/{thread}/messages")
    List<FlowdockWire.Message> listThread(Caller caller, @PathVariable String org, @PathVariable String flow,
                                          @PathVariable String thread, FlowdockParams params) {
        FlowdockUser user = directory.user(caller);
        Scopes.require(caller, Scope.FLOW);
        Room room = directory.joinedFlow(user, org, flow);
        MessageThread found = threads.find(room, thread).orElseThrow(() -> FlowdockErrors.notFound("Thread not found"));
        return mapper.messages(room, queries.find(
                MessageListing.query(room, params, found.getThreadKey(), roomAccounts(room, params), true)));
    }

    @Operation(summary = "Get a message",
            description = "One message by its per-flow id.")
    @GetMapping("/flows/{org}/{flow}/messages/{id}")
    FlowdockWire.Message show(Caller caller, @PathVariable String org, @PathVariable String flow,
                              @PathVariable String id) {
        FlowdockUser user = directory.user(caller);
        Scopes.require(caller, Scope.FLOW);
        Room room = directory.joinedFlow(user, org, flow);
        return mapper.message(posting.find(room, messageId(id)));
    }

    @Operation(summary = "Edit a message",
            description = "`content` (only your own message or comment) and/or `tags` (replaces the whole list; anyone may change it). Answers `{}`. PATCH works the same.")
    @RequestMapping(value = "/flows/{org}/{flow}/messages/{id}", method = {RequestMethod.PUT, RequestMethod.PATCH})
    Map<String, Object> edit(Caller caller, @PathVariable String org, @PathVariable String flow,
                             @PathVariable String id, FlowdockParams params) {
        FlowdockUser user = directory.user(caller);
        Scopes.require(caller, Scope.FLOW);
        Room room = directory.joinedFlow(user, org, flow);
        Message message = posting.find(room, messageId(id));
        editing.edit(user.accountIn(room), room, message, params);
        return Map.of();
    }

    @Operation(summary = "Delete a message",
            description = "Your own message or comment (200, content emptied), an inbox item or your own file (204); anything else is 403.")
    @DeleteMapping("/flows/{org}/{flow}/messages/{id}")
    ResponseEntity<Object> delete(Caller caller, @PathVariable String org, @PathVariable String flow,
                                  @PathVariable String id) {
        FlowdockUser user = directory.user(caller);
        Scopes.require(caller, Scope.FLOW);
        Room room = directory.joinedFlow(user, org, flow);
        Message message = posting.find(room, messageId(id));
        boolean removed = editing.delete(user.accountIn(room), message);
        return removed ? ResponseEntity.noContent().build() : ResponseEntity.ok(Map.of());
    }

    private ResponseEntity<Object> postAsUser(HttpServletRequest request, FlowdockUser user, Room room, String event,
                                              FlowdockParams params, String threadKey) {
        if (room.isArchived()) {
            throw FlowdockErrors.forbidden("This flow is disabled");
        }
        Message stored = posting.post(Poster.user(user.accountIn(room)), room, event, params, threadKey);
        return reply.reply(request, room, stored, HttpStatus.ACCEPTED);
    }

    private ResponseEntity<Object> commentAsUser(HttpServletRequest request, FlowdockUser user, Room room,
                                                 long parentId, FlowdockParams params) {
        if (room.isArchived()) {
            throw FlowdockErrors.forbidden("This flow is disabled");
        }
        Optional<String> event = params.text("event");
        if (event.isPresent() && !event.get().equals(MessageEvents.COMMENT)) {
            throw FlowdockErrors.invalid("event", "must be comment");
        }
        Message parent = posting.find(room, parentId);
        Message stored = posting.comment(Poster.user(user.accountIn(room)), room, parent, params);
        return reply.reply(request, room, stored, HttpStatus.ACCEPTED);
    }

    private static String postableEvent(FlowdockParams params) {
        String event = params.requiredText("event");
        if (MessageEvents.COMMENT.equals(event)) {
            throw FlowdockErrors.invalid("event",
                    "comment is posted to /comments or /flows/:organization/:flow/messages/:message/comments");
        }
        if (!MessageEvents.POSTABLE.contains(event)) {
            throw FlowdockErrors.invalid("event", "is not included in the list");
        }
        return event;
    }

    /** The room's accounts, which only a {@code tags} filter needs (to read @mentions): not loaded without one. */
    private List<Account> roomAccounts(Room room, FlowdockParams params) {
        return params.list("tags").isEmpty() ? List.of()
                : members.findByRoom(room).stream().map(m -> m.getAccount()).toList();
    }

    static long messageId(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw FlowdockErrors.notFound("Message not found");
        }
    }
}
