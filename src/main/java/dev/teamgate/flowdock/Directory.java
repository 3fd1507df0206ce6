package dev.teamgate.flowdock;

import dev.teamgate.domain.account.Account;
import dev.teamgate.domain.account.AccountRepository;
import dev.teamgate.domain.room.Room;
import dev.teamgate.domain.room.RoomMember;
import dev.teamgate.domain.room.RoomMemberRepository;
import dev.teamgate.domain.room.RoomRepository;
import dev.teamgate.domain.workspace.Workspace;
import dev.teamgate.domain.workspace.WorkspaceRepository;
import dev.teamgate.platform.auth.Caller;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * Finds organizations, flows and users as the calling user may see them. Organizations are
 * workspaces of vendor {@code flowdock}, flows are rooms of kind {@code flow}, users are accounts
 * (one per organization, sharing the user id as external id). Something a caller may not see is
 * reported exactly like something that does not exist.
 */
@Component
@RequiredArgsConstructor
class Directory {

    private final WorkspaceRepository workspaces;
    private final AccountRepository accounts;
    private final RoomRepository rooms;
    private final RoomMemberRepository members;

    /** The calling user; a source's flow_token is no user and is refused here. */
    FlowdockUser user(Caller caller) {
        String id = FlowdockCallerAttributes.userId(caller);
        if (id == null) {
            throw FlowdockErrors.unauthorized("This endpoint needs a user: use an API token, e-mail and password or an OAuth token");
        }
        List<Account> held = PerTestWorkspaces.sameUniverse(activeAccounts(id), caller.workspaceId());
        if (held.isEmpty()) {
            throw FlowdockErrors.unauthorized("This user is no longer a member of any organization");
        }
        return new FlowdockUser(id, held, caller);
    }

    List<Account> activeAccounts(String userId) {
        return accounts.findByWorkspaceVendorAndExternalIdOrderById(FlowdockConfiguration.KEY, userId).stream()
                .filter(Account::isActive).toList();
    }

    Workspace organization(FlowdockUser user, String slug) {
        return workspaces.findByVendorAndSlug(FlowdockConfiguration.KEY, slug)
                .filter(ws -> user.in(ws).isPresent())
                .orElseThrow(() -> FlowdockErrors.notFound("Organization not found"));
    }

    Workspace organizationById(FlowdockUser user, String id) {
        return workspaces.findByVendorAndExternalId(FlowdockConfiguration.KEY, id)
                .filter(ws -> user.in(ws).isPresent())
                .orElseThrow(() -> FlowdockErrors.notFound("Organization not found"));
    }

    /** A flow the user can see: one they are in, or one open to their whole organization. */
    Room flow(FlowdockUser user, String org, String flow) {
        return flowNamed(org, flow).filter(room -> canSee(user, room))
                .orElseThrow(() -> FlowdockErrors.notFound("Flow not found"));
    }

    private Optional<Room> flowNamed(String org, String flow) {
        return workspaces.findByVendorAndSlug(FlowdockConfiguration.KEY, org)
                .flatMap(ws -> rooms.findByWorkspaceAndSlug(ws, flow))
                .filter(FlowRooms::isFlow);
    }

    /** A flow found by its id (or the historic {@code organization:flow} form) among the user's organizations. */
    Room flowById(FlowdockUser user, String id) {
        int colon = id.indexOf(':');
        if (colon > 0 && colon < id.length() - 1 && !id.contains("/")) {
            try {
                return flow(user, id.substring(0, colon), id.substring(colon + 1));
            } catch (RuntimeException notThatForm) {
                // fall through: an id may contain a colon too
            }
        }
        for (Workspace ws : user.organizations()) {
            Optional<Room> room = rooms.findByWorkspaceAndExternalId(ws, id)
                    .filter(r -> FlowRooms.isFlow(r) && canSee(user, r));
            if (room.isPresent()) {
                return room.get();
            }
        }
        throw FlowdockErrors.notFound("Flow not found");
    }

    /** {@code org/flow} or a flow id, as a stream filter or a {@code flow} parameter names it. */
    Room flowByReference(FlowdockUser user, String reference) {
        int slash = reference.indexOf('/');
        if (slash > 0 && slash < reference.length() - 1) {
            return flow(user, reference.substring(0, slash), reference.substring(slash + 1));
        }
        return flowById(user, reference);
    }

    /**
     * A flow the user has joined and is not blocked from: reading and writing its content needs
     * this. The same answers as {@link #flow} then {@link #requireJoined}, with one membership
     * lookup instead of two (this runs on every message post and read).
     */
    Room joinedFlow(FlowdockUser user, String org, String flow) {
        Room room = flowNamed(org, flow).orElseThrow(() -> FlowdockErrors.notFound("Flow not found"));
        Optional<RoomMember> membership = membership(user, room);
        if (membership.isEmpty()) {
            boolean visible = user.in(room.getWorkspace()).isPresent() && FlowRooms.openToOrganization(room);
            throw visible ? FlowdockErrors.forbidden("You have not joined this flow") : FlowdockErrors.notFound("Flow not found");
        }
        return requireUnblocked(membership.get(), room);
    }

    Room requireJoined(FlowdockUser user, Room room) {
        Optional<RoomMember> membership = membership(user, room);
        if (membership.isEmpty()) {
            throw FlowdockErrors.forbidden("You have not joined this flow");
        }
        return requireUnblocked(membership.get(), room);
    }

    private static Room requireUnblocked(RoomMember membership, Room room) {
        if (membership.isBlocked()) {
            throw FlowdockErrors.forbidden("You have been blocked from this flow");
        }
        return room;
    }

    Optional<RoomMember> membership(FlowdockUser user, Room room) {
        return user.in(room.getWorkspace()).flatMap(account -> members.findByRoomAndAccount(room, account));
    }

    boolean canSee(FlowdockUser user, Room room) {
        if (user.in(room.getWorkspace()).isEmpty()) {
            return false;
        }
        return membership(user, room).isPresent() || FlowRooms.openToOrganization(room);
    }

    /** The flows the user has joined (blocked ones included, flagged by the mapper), oldest first. */
    List<Room> joinedFlows(FlowdockUser user) {
        List<Room> joined = new ArrayList<>();
        for (Account account : user.accounts()) {
            for (RoomMember m : members.findByAccount(account)) {
                if (FlowRooms.isFlow(m.getRoom()) && !m.getRoom().isArchived()) {
                    joined.add(m.getRoom());
                }
            }
        }
        joined.sort(Comparator.comparing(Room::getId));
        return joined;
    }

    /** Joined flows plus the organization-wide flows the user could join. */
    List<Room> visibleFlows(FlowdockUser user) {
        Map<Long, Room> all = new LinkedHashMap<>();
        joinedFlows(user).forEach(r -> all.put(r.getId(), r));
        for (Workspace ws : user.organizations()) {
            for (Room room : rooms.findByWorkspaceAndKindOrderById(ws, FlowRooms.KIND)) {
                if (!room.isArchived() && FlowRooms.openToOrganization(room)) {
                    all.putIfAbsent(room.getId(), room);
                }
            }
        }
        return all.values().stream().sorted(Comparator.comparing(Room::getId)).toList();
    }

    /** Another user as the caller may see them: someone sharing at least one organization. */
    FlowdockUser otherUser(FlowdockUser viewer, String userId) {
        List<Account> held = activeAccounts(userId).stream()
                .filter(a -> viewer.in(a.getWorkspace()).isPresent()).toList();
        if (held.isEmpty()) {
            throw FlowdockErrors.notFound("User not found");
        }
        return new FlowdockUser(userId, held, null);
    }
}
