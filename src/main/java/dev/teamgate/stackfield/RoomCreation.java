package dev.teamgate.stackfield;

import dev.teamgate.domain.account.Account;
import dev.teamgate.domain.room.Room;
import dev.teamgate.domain.room.RoomMember;
import dev.teamgate.domain.room.RoomMemberRepository;
import dev.teamgate.domain.room.RoomRepository;
import dev.teamgate.domain.workspace.Workspace;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * CreateRoom: a new room whose Room API ID (its external id, a UUID) is the reply's
 * {@code RoomId}. Name required (4050, it is the room's title), Description optional,
 * TemplateId naming a room template of the organization (unknown 4035, encrypted 4082; the
 * template's description is used when none is given), Users becoming members (admin when
 * {@code IsAdmin}). An organization whose rooms must be encrypted answers 4081: webhooks cannot
 * create encrypted rooms.
 */
@Component
@RequiredArgsConstructor
class RoomCreation {

    private final RoomRepository rooms;
    private final RoomMemberRepository roomMembers;
    private final OrganizationMembers members;
    private final StackfieldProperties properties;
    private final Clock clock;

    WebhookResult create(Workspace organization, WebhookPayload payload) {
        String name = payload.requiredText("Name", WebhookPayload.NAME_LIMIT, ResultCode.TITLE_EMPTY);
        Optional<String> description = payload.text("Description", WebhookPayload.DESCRIPTION_LIMIT)
                .filter(s -> !s.isBlank());
        Optional<Room> template = payload.text("TemplateId", WebhookPayload.TEXT_LIMIT).map(String::trim)
                .filter(s -> !s.isEmpty()).map(id -> template(organization, id));
        if (OrganizationSettings.roomsMustBeEncrypted(organization)) {
            throw ResultCode.ROOMS_MUST_BE_ENCRYPTED.exception();
        }
        List<WebhookPayload.UserEntry> users = payload.users("Users");
        if (users.size() > properties.maxUsersPerRequest()) {
            throw ResultCode.TOO_MANY_INVITATIONS.exception();
        }
        Map<Account, Boolean> adminByMember = new LinkedHashMap<>();
        for (WebhookPayload.UserEntry user : users) {
            adminByMember.put(members.member(organization, user), user.isAdmin());
        }
        Instant now = clock.instant();
        String roomId = UUID.randomUUID().toString();
        Room room = new Room(organization, roomId, roomId, StackfieldRooms.ROOM, name, now);
        room.setDescription(description.orElse(template.map(Room::getDescription).orElse(null)));
        rooms.save(room);
        adminByMember.forEach((account, admin) -> roomMembers.save(new RoomMember(room, account, admin, now)));
        return WebhookResult.roomCreated(roomId);
    }

    private Room template(Workspace organization, String templateId) {
        Room template = Rooms.byApiId(rooms, organization, templateId)
                .filter(r -> StackfieldRooms.TEMPLATE.equals(r.getKind()))
                .orElseThrow(ResultCode.INVALID_OBJECT_ID::exception);
        if (template.isEncrypted()) {
            throw ResultCode.ENCRYPTED_TEMPLATE.exception();
        }
        return template;
    }
}
