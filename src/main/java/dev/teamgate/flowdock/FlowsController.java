package dev.teamgate.flowdock;

import dev.teamgate.domain.account.Account;
import dev.teamgate.domain.room.Room;
import dev.teamgate.domain.room.RoomMember;
import dev.teamgate.domain.room.RoomRepository;
import dev.teamgate.domain.workspace.Workspace;
import dev.teamgate.platform.auth.Caller;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Listing, finding, creating and updating flows. */
@RestController
@RequestMapping({FlowdockPaths.PREFIX, FlowdockPaths.V1})
@RequiredArgsConstructor
class FlowsController {

    static final int MAX_NAME = 100;

    private final Directory directory;
    private final FlowMapper mapper;
    private final FlowdockLinks links;
    private final FlowAdministration administration;
    private final RoomRepository rooms;

    /** The flows the user has joined; {@code users=1} embeds each flow's users. */
    @Operation(summary = "List joined flows",
            description = "The flows the user has joined. `users=1` embeds each flow's users.")
    @GetMapping("/flows")
    List<FlowdockWire.Flow> joined(HttpServletRequest request, Caller caller, FlowdockParams params) {
        FlowdockUser user = directory.user(caller);
        Scopes.require(caller, Scope.FLOW);
        boolean users = params.bool("users").orElse(false);
        FlowdockLinks.Base base = links.of(request);
        return directory.joinedFlows(user).stream().map(r -> mapper.flow(base, user, r, users)).toList();
    }

    /** Joined flows plus the organization-wide ones the user has not joined ({@code joined: false}). */
    @Operation(summary = "List all flows",
            description = "The joined flows plus the organization-wide flows the user may join (`joined: false`).")
    @GetMapping("/flows/all")
    List<FlowdockWire.Flow> all(HttpServletRequest request, Caller caller, FlowdockParams params) {
        FlowdockUser user = directory.user(caller);
        Scopes.require(caller, Scope.FLOW);
        boolean users = params.bool("users").orElse(false);
        FlowdockLinks.Base base = links.of(request);
        return directory.visibleFlows(user).stream().map(r -> mapper.flow(base, user, r, users)).toList();
    }

    @Operation(summary = "Find a flow by id",
            description = "The flow whose opaque `id` is given, with its users.")
    @GetMapping("/flows/find")
    FlowdockWire.Flow find(HttpServletRequest request, Caller caller, FlowdockParams params) {
        FlowdockUser user = directory.user(caller);
        Scopes.require(caller, Scope.FLOW);
        Room room = directory.flowById(user, params.requiredText("id"));
        return mapper.flow(links.of(request), user, room, true);
    }

    /** The joined flows of one organization. */
    @Operation(summary = "List the joined flows of an organization",
            description = "`org` is the organization's parameterized name.")
    @GetMapping("/flows/{org}")
    List<FlowdockWire.Flow> ofOrganization(HttpServletRequest request, Caller caller, @PathVariable String org,
                                           FlowdockParams params) {
        FlowdockUser user = directory.user(caller);
        Scopes.require(caller, Scope.FLOW);
        Workspace ws = directory.organization(user, org);
        boolean users = params.bool("users").orElse(false);
        FlowdockLinks.Base base = links.of(request);
        return directory.joinedFlows(user).stream().filter(r -> r.getWorkspace().getId().equals(ws.getId()))
                .map(r -> mapper.flow(base, user, r, users)).toList();
    }

    @Operation(summary = "Get a flow",
            description = "One flow by its organization's and its own parameterized name, always with `users`.")
    @GetMapping("/flows/{org}/{flow}")
    FlowdockWire.Flow show(HttpServletRequest request, Caller caller, @PathVariable String org,
                           @PathVariable String flow) {
        FlowdockUser user = directory.user(caller);
        Scopes.require(caller, Scope.FLOW);
        return mapper.flow(links.of(request), user, directory.flow(user, org, flow), true);
    }

    @Operation(summary = "Create a flow",
            description = "Creates a flow named `name` (at most 100 characters) in the organization; 201 with the flow. Needs the `manage` scope for OAuth tokens.")
    @PostMapping("/flows/{org}")
    @ResponseStatus(HttpStatus.CREATED)
    FlowdockWire.Flow create(HttpServletRequest request, Caller caller, @PathVariable String org,
                             FlowdockParams params) {
        FlowdockUser user = directory.user(caller);
        Scopes.require(caller, Scope.MANAGE);
        Workspace ws = directory.organization(user, org);
        String name = params.requiredText("name", MAX_NAME).trim();
        Room room = administration.create(ws, user.in(ws).orElseThrow(), name);
        return mapper.flow(links.of(request), user, room, true);
    }

    /**
     * {@code name}, {@code disabled} and {@code access_mode} need an organization or flow admin;
     * {@code open: true} joins a flow the user may join; {@code open: false} closes it.
     */
    @Operation(summary = "Update a flow",
            description = "`name`, `disabled` and `access_mode` (invitation, link, organization) need an organization or flow admin; `open: true` joins a flow the user may join, `open: false` closes the user's tab. PATCH works the same.")
    @RequestMapping(value = "/flows/{org}/{flow}", method = {RequestMethod.PUT, RequestMethod.PATCH})
    FlowdockWire.Flow update(HttpServletRequest request, Caller caller, @PathVariable String org,
                             @PathVariable String flow, FlowdockParams params) {
        FlowdockUser user = directory.user(caller);
        Scopes.require(caller, Scope.FLOW);
        Room room = directory.flow(user, org, flow);
        Account account = user.in(room.getWorkspace()).orElseThrow();
        Optional<String> name = params.text("name", MAX_NAME);
        Optional<Boolean> open = params.bool("open");
        Optional<Boolean> disabled = params.bool("disabled");
        Optional<String> accessMode = params.text("access_mode").map(s -> s.toLowerCase(Locale.ROOT));
        if (name.isPresent() && name.get().isBlank()) {
            throw FlowdockErrors.invalid("name", "can't be blank");
        }
        if (accessMode.isPresent() && !FlowRooms.ACCESS_MODES.contains(accessMode.get())) {
            throw FlowdockErrors.invalid("access_mode", "is not included in the list");
        }
        Optional<RoomMember> membership = directory.membership(user, room);
        if (name.isPresent() || disabled.isPresent() || accessMode.isPresent()) {
            Scopes.require(caller, Scope.MANAGE);
            boolean admin = user.isAdminOf(room.getWorkspace()) || membership.map(RoomMember::isAdmin).orElse(false);
            if (!admin) {
                throw FlowdockErrors.forbidden("Only administrators can change the name, access mode or disabled state of a flow");
            }
        }
        if (membership.isEmpty() && open.isPresent() && !open.get()) {
            throw FlowdockErrors.forbidden("You have not joined this flow");
        }
        if (membership.isPresent() && membership.get().isBlocked()) {
            throw FlowdockErrors.forbidden("You have been blocked from this flow");
        }
        name.ifPresent(n -> room.setName(n.trim()));
        disabled.ifPresent(room::setArchived);
        accessMode.ifPresent(room::setAccessMode);
        if (open.isPresent()) {
            if (open.get() && membership.isEmpty()) {
                administration.add(room, account, account);
            }
            // open is the caller's own tab state: closing a flow closes it for nobody else
            directory.membership(user, room).ifPresent(m -> administration.setOpen(m, open.get()));
        }
        rooms.save(room);
        return mapper.flow(links.of(request), user, room, false);
    }
}
