package dev.teamgate.flowdock;

import dev.teamgate.domain.invitation.InvitationState;
import dev.teamgate.domain.invitation.RoomInvitation;
import dev.teamgate.domain.invitation.RoomInvitationRepository;
import dev.teamgate.domain.room.Room;
import dev.teamgate.platform.auth.Caller;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Invitations to a flow by e-mail address. Inviting an address again resends the pending
 * invitation; importing a list adds people already in the organization straight away and invites
 * the rest.
 */
@RestController
@RequestMapping({FlowdockPaths.PREFIX, FlowdockPaths.V1})
@RequiredArgsConstructor
class InvitationsController {

    private final Directory directory;
    private final RoomInvitationRepository invitations;
    private final FlowInvitations rules;
    private final FlowMapper flowMapper;
    private final FlowdockLinks links;

    /** The pending invitations of a flow. */
    @Operation(summary = "List the invitations of a flow",
            description = "Pending and accepted invitations.")
    @GetMapping("/flows/{org}/{flow}/invitations")
    List<FlowdockWire.Invitation> list(HttpServletRequest request, Caller caller, @PathVariable String org,
                                       @PathVariable String flow) {
        Room room = joined(caller, org, flow, Scope.FLOW);
        FlowdockLinks.Base base = links.of(request);
        return invitations.findByRoomAndStateOrderById(room, InvitationState.PENDING).stream()
                .map(i -> invitation(base, i)).toList();
    }

    /** One invitation, accepted ones included. */
    @Operation(summary = "Get an invitation",
            description = "One invitation.")
    @GetMapping("/flows/{org}/{flow}/invitations/{id}")
    FlowdockWire.Invitation show(HttpServletRequest request, Caller caller, @PathVariable String org,
                                 @PathVariable String flow, @PathVariable String id) {
        Room room = joined(caller, org, flow, Scope.FLOW);
        return invitation(links.of(request), find(room, id));
    }

    @Operation(summary = "Invite someone to a flow",
            description = "Sends an invitation to `email` with an optional `message`; 201 with the invitation.")
    @PostMapping("/flows/{org}/{flow}/invitations")
    @ResponseStatus(HttpStatus.CREATED)
    FlowdockWire.Invitation invite(HttpServletRequest request, Caller caller, @PathVariable String org,
                                   @PathVariable String flow, FlowdockParams params) {
        FlowdockUser user = directory.user(caller);
        Room room = joined(caller, org, flow, Scope.MANAGE);
        String email = params.requiredText("email", 320).trim();
        String message = params.text("message", 4000).orElse(null);
        RoomInvitation created = rules.invite(room, user.accountIn(room), email, message);
        return invitation(links.of(request), created);
    }

    /** Invites a list of addresses ({@code a@x.com, "Joe" <joe@x.com>}, by commas or lines). */
    @Operation(summary = "Invite a list of addresses",
            description = "`list`: e-mail addresses separated by commas, spaces or new lines; answers the invitations made, the users added and the addresses refused.")
    @PostMapping("/flows/{org}/{flow}/invitations/import")
    FlowdockWire.InvitationImport importList(HttpServletRequest request, Caller caller, @PathVariable String org,
                                             @PathVariable String flow, FlowdockParams params) {
        FlowdockUser user = directory.user(caller);
        Room room = joined(caller, org, flow, Scope.MANAGE);
        String list = params.requiredText("list", 100_000);
        String message = params.text("message", 4000).orElse(null);
        FlowInvitations.Imported imported = rules.importList(room, user.accountIn(room), list, message);
        FlowdockLinks.Base base = links.of(request);
        return new FlowdockWire.InvitationImport(imported.invited().stream().map(i -> invitation(base, i)).toList(),
                imported.added().stream().map(a -> flowMapper.flowUser(a, false, null)).toList(), imported.erroneous());
    }

    /** Withdraws (or declines) a pending invitation. */
    @Operation(summary = "Delete an invitation",
            description = "204.")
    @DeleteMapping("/flows/{org}/{flow}/invitations/{id}")
    ResponseEntity<Void> delete(Caller caller, @PathVariable String org, @PathVariable String flow,
                                @PathVariable String id) {
        Room room = joined(caller, org, flow, Scope.MANAGE);
        FlowdockUser user = directory.user(caller);
        rules.withdraw(room, user.accountIn(room), find(room, id));
        return ResponseEntity.noContent().build();
    }

    private Room joined(Caller caller, String org, String flow, Scope scope) {
        FlowdockUser user = directory.user(caller);
        Scopes.require(caller, scope);
        return directory.joinedFlow(user, org, flow);
    }

    private RoomInvitation find(Room room, String id) {
        try {
            return invitations.findByIdAndRoom(Long.parseLong(id), room)
                    .orElseThrow(() -> FlowdockErrors.notFound("Invitation not found"));
        } catch (NumberFormatException e) {
            throw FlowdockErrors.notFound("Invitation not found");
        }
    }

    private static FlowdockWire.Invitation invitation(FlowdockLinks.Base base, RoomInvitation i) {
        return new FlowdockWire.Invitation(i.getId(), i.getState().name().toLowerCase(Locale.ROOT), i.getEmail(),
                i.getRoom().getExternalId(), base.invitation(i.getRoom(), i.getId()));
    }

}
