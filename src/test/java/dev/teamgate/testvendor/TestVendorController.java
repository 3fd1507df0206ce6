package dev.teamgate.testvendor;

import dev.teamgate.domain.NotFoundException;
import dev.teamgate.domain.message.Message;
import dev.teamgate.domain.message.MessageService;
import dev.teamgate.domain.message.NewMessage;
import dev.teamgate.domain.room.Room;
import dev.teamgate.domain.room.RoomRepository;
import dev.teamgate.domain.workspace.WorkspaceRepository;
import dev.teamgate.platform.auth.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/testvendor")
class TestVendorController {

    private final WorkspaceRepository workspaces;
    private final RoomRepository rooms;
    private final MessageService messages;

    TestVendorController(WorkspaceRepository workspaces, RoomRepository rooms, MessageService messages) {
        this.workspaces = workspaces;
        this.rooms = rooms;
        this.messages = messages;
    }

    @GetMapping("/public/ping")
    PingResponse ping() {
        return new PingResponse("pong");
    }

    @GetMapping("/me")
    MeResponse me(Caller caller) {
        return new MeResponse(caller.workspaceId(), caller.accountId(), caller.displayPrefix());
    }

    @PostMapping("/rooms/{slug}/messages")
    @ResponseStatus(HttpStatus.CREATED)
    MessageResponse post(Caller caller, @PathVariable String slug, @Valid @RequestBody PostRequest body,
                         @RequestParam(required = false) Integer pin) {
        Room room = room(caller, slug);
        Message stored = messages.post(room.getId(), NewMessage.of("message", null, body.content()));
        return new MessageResponse(stored.getSeq(), stored.getContent());
    }

    @GetMapping("/rooms/{slug}/messages")
    List<MessageResponse> list(Caller caller, @PathVariable String slug,
                               @RequestParam(defaultValue = "0") long since, @RequestParam(defaultValue = "30") int limit) {
        return messages.window(room(caller, slug), since, Long.MAX_VALUE, limit, true).stream()
                .map(m -> new MessageResponse(m.getSeq(), m.getContent())).toList();
    }

    private Room room(Caller caller, String slug) {
        var workspace = workspaces.findById(caller.workspaceId()).orElseThrow();
        return rooms.findByWorkspaceAndSlug(workspace, slug).orElseThrow(() -> new NotFoundException("room", slug));
    }

    record PingResponse(String answer) {
    }

    record MeResponse(Long workspaceId, Long accountId, String credential) {
    }

    record PostRequest(@NotBlank @Size(max = 100) String content) {
    }

    record MessageResponse(long seq, String content) {
    }
}
