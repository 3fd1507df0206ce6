package dev.teamgate.stackfield;

import dev.teamgate.domain.account.Account;
import dev.teamgate.domain.room.Room;
import dev.teamgate.domain.room.RoomMember;
import dev.teamgate.domain.room.RoomMemberRepository;
import dev.teamgate.domain.room.RoomRepository;
import dev.teamgate.domain.workspace.Workspace;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * ArchiveRoom, GrantRoomAccess and RevokeRoomAccess. The room is the webhook's own room for a
 * room-bound room-settings webhook (a {@code RoomId} naming another room is 4035), and otherwise
 * the {@code RoomId} (Room API ID) of the body: missing 4071, unknown 4035, not an ordinary room
 * 4033. Run inside {@link WebhookCommands}' transaction.
 */
@Component
@RequiredArgsConstructor
class RoomAccessCommands {

    private final RoomRepository rooms;
    private final RoomMemberRepository roomMembers;
    private final OrganizationMembers members;
    private final StackfieldProperties properties;
    private final Clock clock;

    /** Already archived: 4079. */
    WebhookResult archive(Workspace organization, WebhookTarget target, WebhookPayload payload) {
        Room room = room(organization, target, payload);
        if (room.isArchived()) {
            throw ResultCode.ALREADY_ARCHIVED.exception();
        }
        room.setArchived(true);
        return WebhookResult.OK;
    }

    /**
     * Adds each user to the room, admin when {@code IsAdmin}; a user already in the room gets the
     * given {@code IsAdmin}. Archived room 4036; no Users 4051; not a member 4075; GroupId not the
     * user's role 4078; leaving the room without an admin 4077.
     */
    WebhookResult grant(Workspace organization, WebhookTarget target, WebhookPayload payload) {
        Room room = activeRoom(organization, target, payload);
        List<WebhookPayload.UserEntry> users = requiredUsers(payload);
        List<RoomMember> current = new ArrayList<>(roomMembers.findByRoom(room));
        boolean hadAdmin = current.stream().anyMatch(RoomMember::isAdmin);
        for (WebhookPayload.UserEntry user : users) {
            Account account = members.member(organization, user);
            Optional<RoomMember> existing = current.stream().filter(m -> m.getAccount().getId().equals(account.getId()))
                    .findFirst();
            if (existing.isPresent()) {
                if (user.admin() != null) {
                    existing.get().setAdmin(user.admin());
                }
            } else {
                current.add(roomMembers.save(new RoomMember(room, account, user.isAdmin(), clock.instant())));
            }
        }
        ensureAdminRemains(hadAdmin, current);
        return WebhookResult.OK;
    }

    /**
     * Takes each user out of the room (one who is not in it is skipped). Archived room 4036; no
     * Users 4051; not a member of the organization 4075; removing the room's last admin 4077.
     */
    WebhookResult revoke(Workspace organization, WebhookTarget target, WebhookPayload payload) {
        Room room = activeRoom(organization, target, payload);
        List<WebhookPayload.UserEntry> users = requiredUsers(payload);
        List<RoomMember> current = new ArrayList<>(roomMembers.findByRoom(room));
        boolean hadAdmin = current.stream().anyMatch(RoomMember::isAdmin);
        List<RoomMember> leaving = new ArrayList<>();
        for (WebhookPayload.UserEntry user : users) {
            Account account = members.member(organization, user.email());
            current.stream().filter(m -> m.getAccount().getId().equals(account.getId())).findFirst()
                    .ifPresent(leaving::add);
        }
        current.removeAll(leaving);
        ensureAdminRemains(hadAdmin, current);
        roomMembers.deleteAll(leaving);
        return WebhookResult.OK;
    }

    private Room activeRoom(Workspace organization, WebhookTarget target, WebhookPayload payload) {
        Room room = room(organization, target, payload);
        if (room.isArchived()) {
            throw ResultCode.ROOM_NOT_ACTIVE.exception();
        }
        return room;
    }

    private Room room(Workspace organization, WebhookTarget target, WebhookPayload payload) {
        Optional<String> roomId = payload.text("RoomId", WebhookPayload.TEXT_LIMIT).map(String::trim)
                .filter(s -> !s.isEmpty());
        if (target.roomId() != null) {
            Room bound = rooms.findById(target.roomId()).orElseThrow(ResultCode.INVALID_OBJECT_ID::exception);
            if (roomId.isPresent() && !roomId.get().equalsIgnoreCase(bound.getExternalId())) {
                throw ResultCode.INVALID_OBJECT_ID.exception();
            }
            return bound;
        }
        Room room = Rooms.byApiId(rooms, organization, roomId.orElseThrow(ResultCode.ROOM_ID_EMPTY::exception))
                .orElseThrow(ResultCode.INVALID_OBJECT_ID::exception);
        if (!StackfieldRooms.supported(room)) {
            throw ResultCode.ROOM_TYPE_NOT_SUPPORTED.exception();
        }
        return room;
    }

    private List<WebhookPayload.UserEntry> requiredUsers(WebhookPayload payload) {
        List<WebhookPayload.UserEntry> users = payload.users("Users");
        if (users.isEmpty()) {
            throw ResultCode.USERS_EMPTY.exception();
        }
        if (users.size() > properties.maxUsersPerRequest()) {
            throw ResultCode.TOO_MANY_INVITATIONS.exception();
        }
        return users;
    }

    private static void ensureAdminRemains(boolean hadAdmin, List<RoomMember> remaining) {
        if (hadAdmin && remaining.stream().noneMatch(RoomMember::isAdmin)) {
            throw ResultCode.LAST_ADMIN.exception();
        }
    }
}
