package dev.teamgate.flowdock;

import dev.teamgate.domain.InvalidInputException;
import dev.teamgate.domain.NotFoundException;
import dev.teamgate.domain.account.Account;
import dev.teamgate.domain.message.BulkAppended;
import dev.teamgate.domain.message.BulkMessages;
import dev.teamgate.domain.message.MessageBulkLoader;
import dev.teamgate.domain.room.Room;
import dev.teamgate.domain.room.RoomMember;
import dev.teamgate.domain.room.RoomMemberRepository;
import dev.teamgate.domain.room.RoomRepository;
import dev.teamgate.domain.workspace.WorkspaceRepository;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Control-plane generation of many chat messages in one flow, for scale tests and benchmarks: a
 * million messages load in seconds, where posting them one by one would take hours. The messages
 * are what {@code POST /flows/:org/:flow/messages} stores for a plain chat line (event
 * {@code message}, app {@code chat}, no tags), written in turn by the flow's members who are not
 * blocked. Lives in the vendor package because flows and chat lines are Flowdock's; it sits under
 * {@code /_admin}, so the admin token guards it and errors are RFC 9457 problems.
 */
@RestController
@RequestMapping("/_admin/flowdock/flows/{org}/{flow}/messages")
@Tag(name = "Flowdock bulk messages")
@RequiredArgsConstructor
class BulkMessagesAdminController {

    private static final int MAX_COUNT = 1_000_000;
    private static final String DEFAULT_CONTENT = "Generated message";
    private static final int MAX_CONTENT = 1000;

    private final WorkspaceRepository workspaces;
    private final RoomRepository rooms;
    private final RoomMemberRepository members;
    private final MessageBulkLoader loader;

    @PostMapping(path = "/bulk", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Append many chat messages to a flow at once",
            description = "`count` (1 to 1,000,000) chat lines are appended after the flow's newest message in one "
                    + "transaction, with the next ids, posted now, written in turn by the flow's members who are not "
                    + "blocked (by user id). Each one's content is `content` (default `Generated message`), a space "
                    + "and its id. They reach no stream and no webhook. Call again for more than a million.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
            mediaType = "application/json", examples = @ExampleObject(
                    name = "100 messages", value = "{\"count\": 100, \"content\": \"Message\"}")))
    Generated generate(@Parameter(example = "acme") @PathVariable String org, @Parameter(example = "my-flow") @PathVariable String flow, @RequestBody Generate body) {
        if (body == null || body.count() == null) {
            throw new InvalidInputException("count", "count is required");
        }
        if (body.count() < 1 || body.count() > MAX_COUNT) {
            throw new InvalidInputException("count", "count must be between 1 and " + MAX_COUNT);
        }
        String content = body.content() == null ? DEFAULT_CONTENT : body.content();
        if (content.isBlank() || content.length() > MAX_CONTENT) {
            throw new InvalidInputException("content", "content must be 1 to " + MAX_CONTENT + " characters");
        }
        Room room = flow(org, flow);
        List<Account> authors = members.findByRoom(room).stream().filter(m -> !m.isBlocked())
                .map(RoomMember::getAccount).toList();
        if (authors.isEmpty()) {
            throw new InvalidInputException("flow", "flow " + org + "/" + flow + " has no member to write the messages");
        }
        BulkAppended appended = loader.append(room.getId(), new BulkMessages(body.count(), MessageEvents.MESSAGE,
                MessageEvents.CHAT_APP, authors, seq -> content + " " + seq));
        return new Generated(org + "/" + flow, appended.count(), appended.firstSeq(), appended.lastSeq());
    }

    private Room flow(String org, String flow) {
        return workspaces.findByVendorAndSlug(FlowdockConfiguration.KEY, org)
                .flatMap(ws -> rooms.findByWorkspaceAndSlug(ws, flow))
                .filter(FlowRooms::isFlow)
                .orElseThrow(() -> new NotFoundException("flow", org + "/" + flow));
    }

    record Generate(Integer count, String content) {
    }

    /** {@code firstId..lastId}: the Flowdock message ids written, so a client can page from them. */
    record Generated(String flow, int count, long firstId, long lastId) {
    }
}
