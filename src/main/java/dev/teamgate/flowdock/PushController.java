package dev.teamgate.flowdock;

import dev.teamgate.domain.credential.Credential;
import dev.teamgate.domain.message.Message;
import dev.teamgate.domain.room.Room;
import io.swagger.v3.oas.annotations.Operation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The deprecated push API: {@code POST /v1/messages/chat/:tokens} and
 * {@code /v1/messages/team_inbox/:tokens}, where {@code :tokens} is one flow API token or several
 * separated by commas. No user signs in; each token names its flow. Every token and field is checked
 * before anything is posted, and all flows get the message or none does.
 */
@RestController
@RequestMapping({FlowdockPaths.PREFIX, FlowdockPaths.V1})
@RequiredArgsConstructor
class PushController {

    private final SourceTokens tokens;
    private final MessagePosting posting;
    private final InboxPosting inbox;

    /**
     * A chat message from an "external user": {@code content} and {@code external_user_name} are
     * required; {@code message_id} makes it a comment on that message.
     */
    @Operation(summary = "Push a chat message (deprecated Push API)",
            description = "`content` and `external_user_name` (no spaces, at most 16 characters) to the flows of the comma-separated flow tokens; optional `tags`, `thread_id`, `message_id`. Answers `{}`.")
    @PostMapping("/messages/chat/{tokens}")
    Map<String, Object> chat(@PathVariable("tokens") String tokenList, FlowdockParams params) {
        List<Credential> flows = resolve(tokenList);
        params.requiredText("external_user_name", 100);
        MessagePosting.chatContent(params);
        Long parentId = params.number("message_id").orElse(null);
        for (Credential token : flows) {
            Room room = token.getRoom();
            Poster poster = Poster.integration(tokens.sourceOf(token));
            if (parentId != null) {
                Message parent = posting.find(room, parentId);
                posting.comment(poster, room, parent, params);
            } else {
                posting.post(poster, room, MessageEvents.MESSAGE, params, null);
            }
        }
        return Map.of();
    }

    /** A mail-like team inbox item; {@code source}, {@code from_address}, {@code subject} and {@code content} are required. */
    @Operation(summary = "Push a team inbox item (deprecated Push API)",
            description = "An e-mail-like item: `source`, `from_address`, `subject`, `content` (HTML) required; `from_name`, `reply_to`, `project`, `tags`, `link` optional. Answers `{}`.")
    @PostMapping("/messages/team_inbox/{tokens}")
    Map<String, Object> teamInbox(@PathVariable("tokens") String tokenList, FlowdockParams params) {
        List<Credential> flows = resolve(tokenList);
        InboxPosting.Item item = InboxPosting.read(params);
        for (Credential token : flows) {
            inbox.post(token.getRoom(), item);
        }
        return Map.of();
    }

    private List<Credential> resolve(String tokenList) {
        List<Credential> resolved = new ArrayList<>();
        for (String token : Arrays.stream(tokenList.split(",")).map(String::trim).filter(t -> !t.isEmpty()).toList()) {
            Credential credential = tokens.resolve(token);
            if (credential.getRoom() == null) {
                throw FlowdockErrors.unauthorized("Invalid flow API token");
            }
            resolved.add(credential);
        }
        if (resolved.isEmpty()) {
            throw FlowdockErrors.unauthorized("A flow API token is required");
        }
        return resolved;
    }
}
