package dev.teamgate.flowdock;

import dev.teamgate.domain.account.Account;
import dev.teamgate.domain.account.AccountRepository;
import dev.teamgate.domain.account.AccountStatus;
import dev.teamgate.domain.room.Room;
import dev.teamgate.domain.room.RoomMember;
import dev.teamgate.domain.room.RoomMemberRepository;
import dev.teamgate.domain.workspace.Workspace;
import dev.teamgate.platform.auth.Caller;
import io.swagger.v3.oas.annotations.Operation;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/** Users: everyone the caller can see, a flow's users, an organization's users, and the caller's own profile. */
@RestController
@RequestMapping({FlowdockPaths.PREFIX, FlowdockPaths.V1})
@RequiredArgsConstructor
class UsersController {

    static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final Directory directory;
    private final AccountRepository accounts;
    private final RoomMemberRepository members;
    private final FlowMapper mapper;
    private final FlowAdministration administration;

    /**
     * Everyone in the caller's organizations where the caller is an admin, and everyone sharing a
     * flow with the caller elsewhere; one entry per user.
     */
    @Operation(summary = "List users",
            description = "Everyone in the organizations you administer and everyone sharing a flow with you, once each.")
    @GetMapping("/users")
    List<FlowdockWire.User> list(Caller caller) {
        FlowdockUser user = directory.user(caller);
        Map<String, Account> seen = new LinkedHashMap<>();
        for (Account mine : user.accounts()) {
            Workspace ws = mine.getWorkspace();
            if (mine.getRole().isAdministrative()) {
                mapper.activeAccounts(ws).forEach(a -> seen.putIfAbsent(a.getExternalId(), a));
            } else {
                for (RoomMember membership : members.findByAccount(mine)) {
                    members.findByRoom(membership.getRoom()).stream().map(RoomMember::getAccount)
                            .filter(Account::isActive).forEach(a -> seen.putIfAbsent(a.getExternalId(), a));
                }
                seen.putIfAbsent(mine.getExternalId(), mine);
            }
        }
        return seen.values().stream().sorted(byUserId()).map(a -> FlowMapper.user(a, null)).toList();
    }

    @Operation(summary = "Get a user",
            description = "One user by id.")
    @GetMapping("/users/{id}")
    FlowdockWire.User show(Caller caller, @PathVariable String id) {
        FlowdockUser user = directory.user(caller);
        FlowdockUser other = directory.otherUser(user, id);
        return FlowMapper.user(other.accounts().get(0), null);
    }

    /** Changes the caller's own nick and e-mail address, in every organization. */
    @Operation(summary = "Update your own user",
            description = "Change `nick` and/or `email` of the authenticated user. PATCH works the same.")
    @RequestMapping(value = "/users/{id}", method = {RequestMethod.PUT, RequestMethod.PATCH})
    Map<String, Object> update(Caller caller, @PathVariable String id, FlowdockParams params) {
        FlowdockUser user = directory.user(caller);
        if (!user.id().equals(id)) {
            directory.otherUser(user, id);
            throw FlowdockErrors.forbidden("You can only update your own information");
        }
        Scopes.require(caller, Scope.PROFILE);
        String nick = params.text("nick", 100).map(String::trim).orElse(null);
        String email = params.text("email", 320).map(String::trim).orElse(null);
        if (nick != null && nick.isEmpty()) {
            throw FlowdockErrors.invalid("nick", "can't be blank");
        }
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw FlowdockErrors.invalid("email", "is invalid");
        }
        for (Account account : user.accounts()) {
            if (nick != null) {
                account.setNick(nick);
            }
            if (email != null) {
                account.setEmail(email);
            }
            accounts.save(account);
        }
        return Map.of();
    }

    @Operation(summary = "List the users of a flow",
            description = "The flow's members.")
    @GetMapping("/flows/{org}/{flow}/users")
    List<FlowdockWire.User> flowUsers(Caller caller, @PathVariable String org, @PathVariable String flow) {
        FlowdockUser user = directory.user(caller);
        Scopes.require(caller, Scope.FLOW);
        Room room = directory.flow(user, org, flow);
        return members.findByRoom(room).stream().map(RoomMember::getAccount).filter(Account::isActive)
                .map(a -> FlowMapper.user(a, null)).toList();
    }

    /** Adds a user of the same organization to the flow. */
    @Operation(summary = "Add a user to a flow",
            description = "Adds the organization member `id` to the flow; answers `{}`.")
    @PostMapping("/flows/{org}/{flow}/users")
    Map<String, Object> addToFlow(Caller caller, @PathVariable String org, @PathVariable String flow,
                                  FlowdockParams params) {
        FlowdockUser user = directory.user(caller);
        Scopes.require(caller, Scope.MANAGE);
        Room room = directory.joinedFlow(user, org, flow);
        String id = params.requiredText("id");
        Account target = directory.activeAccounts(id).stream()
                .filter(a -> a.getWorkspace().getId().equals(room.getWorkspace().getId())).findFirst()
                .orElseThrow(() -> FlowdockErrors.notFound("User not found"));
        administration.add(room, target, user.accountIn(room));
        return Map.of();
    }

    /** Blocks ({@code disabled: true}) or unblocks a flow member. Only admins may block admins. */
    @Operation(summary = "Block or unblock a user in a flow",
            description = "`disabled: true` blocks the user from the flow, `false` lets them back. PATCH works the same.")
    @RequestMapping(value = "/flows/{org}/{flow}/users/{id}", method = {RequestMethod.PUT, RequestMethod.PATCH})
    Map<String, Object> block(Caller caller, @PathVariable String org, @PathVariable String flow,
                              @PathVariable String id, FlowdockParams params) {
        FlowdockUser user = directory.user(caller);
        Scopes.require(caller, Scope.MANAGE);
        Room room = directory.joinedFlow(user, org, flow);
        boolean disabled = params.bool("disabled").orElseThrow(() -> FlowdockErrors.invalid("disabled", "can't be blank"));
        RoomMember target = members.findByRoom(room).stream()
                .filter(m -> m.getAccount().getExternalId().equals(id) && m.getAccount().isActive()).findFirst()
                .orElseThrow(() -> FlowdockErrors.notFound("User not found"));
        boolean callerIsAdmin = user.isAdminOf(room.getWorkspace());
        if (!callerIsAdmin && target.getAccount().getRole().isAdministrative()) {
            throw FlowdockErrors.forbidden("Only organization admins can block admins");
        }
        administration.setBlocked(target, disabled, user.accountIn(room));
        return Map.of();
    }

    @Operation(summary = "List the users of an organization",
            description = "The organization's members, each with `admin`.")
    @GetMapping("/organizations/{org}/users")
    List<FlowdockWire.User> organizationUsers(Caller caller, @PathVariable String org) {
        FlowdockUser user = directory.user(caller);
        Workspace ws = directory.organization(user, org);
        return mapper.activeAccounts(ws).stream()
                .map(a -> FlowMapper.user(a, a.getRole().isAdministrative())).toList();
    }

    @Operation(summary = "Get a user of an organization",
            description = "One member of the organization.")
    @GetMapping("/organizations/{org}/users/{id}")
    FlowdockWire.User organizationUser(Caller caller, @PathVariable String org, @PathVariable String id) {
        FlowdockUser user = directory.user(caller);
        Workspace ws = directory.organization(user, org);
        Account target = member(ws, id);
        return FlowMapper.user(target, target.getRole().isAdministrative());
    }

    /** Removes a user from an organization (admins only): they leave its flows and lose access to it. */
    @Operation(summary = "Remove a user from an organization",
            description = "Organization admins only; 204.")
    @DeleteMapping("/organizations/{org}/users/{id}")
    ResponseEntity<Void> removeFromOrganization(Caller caller, @PathVariable String org, @PathVariable String id) {
        FlowdockUser user = directory.user(caller);
        Scopes.require(caller, Scope.MANAGE);
        Workspace ws = directory.organization(user, org);
        if (!user.isAdminOf(ws)) {
            throw FlowdockErrors.forbidden("Only organization admins can remove users");
        }
        Account target = member(ws, id);
        if (target.getExternalId().equals(user.id())) {
            throw FlowdockErrors.forbidden("You cannot remove yourself from an organization");
        }
        members.deleteAll(members.findByAccount(target));
        target.setStatus(AccountStatus.REMOVED);
        accounts.save(target);
        return ResponseEntity.noContent().build();
    }

    private Account member(Workspace ws, String id) {
        return mapper.activeAccounts(ws).stream().filter(a -> a.getExternalId().equals(id)).findFirst()
                .orElseThrow(() -> FlowdockErrors.notFound("User not found"));
    }

    static Comparator<Account> byUserId() {
        return Comparator.comparing((Account a) -> a.getExternalId().length()).thenComparing(Account::getExternalId);
    }
}
