package dev.teamgate.flowdock;

import dev.teamgate.domain.account.Account;
import dev.teamgate.domain.message.MessageService;
import dev.teamgate.domain.message.NewMessage;
import dev.teamgate.domain.room.Room;
import dev.teamgate.domain.room.RoomMember;
import dev.teamgate.domain.room.RoomMemberRepository;
import dev.teamgate.domain.room.RoomRepository;
import dev.teamgate.domain.workspace.Workspace;
import java.text.Normalizer;
import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Creating flows, joining them and managing who is in them. Membership changes are announced in the
 * flow as {@code action} messages ({@code join}, {@code add_people}, {@code block}), as Flowdock does.
 */
@Service
@RequiredArgsConstructor
class FlowAdministration {

    private final RoomRepository rooms;
    private final RoomMemberRepository members;
    private final MessageService messages;
    private final Clock clock;
    private final ObjectMapper json;

    /** A new invitation-only flow; its creator is its first member and admin. */
    @Transactional
    public Room create(Workspace organization, Account creator, String name) {
        String base = parameterize(name);
        String slug = base;
        for (int n = 2; rooms.findByWorkspaceAndSlug(organization, slug).isPresent(); n++) {
            slug = base + "-" + n;
        }
        Room room = new Room(organization, slug, UUID.randomUUID().toString(), FlowRooms.KIND, name, clock.instant());
        room.setAccessMode(FlowRooms.INVITATION);
        rooms.save(room);
        members.save(new RoomMember(room, creator, true, clock.instant()));
        return room;
    }

    /** Adds {@code account} to the flow unless already there; announces it as {@code action} by {@code by}. */
    @Transactional
    public void add(Room room, Account account, Account by) {
        if (members.findByRoomAndAccount(room, account).isPresent()) {
            return;
        }
        members.save(new RoomMember(room, account, false, clock.instant()));
        if (by.getId().equals(account.getId())) {
            action(room, by, "join", null);
        } else {
            action(room, by, "add_people", account.getNick() == null ? account.getName() : account.getNick());
        }
    }

    @Transactional
    public void setBlocked(RoomMember member, boolean blocked, Account by) {
        if (member.isBlocked() == blocked) {
            return;
        }
        member.setBlocked(blocked);
        members.save(member);
        if (blocked) {
            ObjectNode description = json.createObjectNode();
            description.put("user", FlowdockLinks.id(member.getAccount().getExternalId()).toString());
            action(member.getRoom(), by, "block", description);
        }
    }

    /** Announces an invitation sent ({@code invite}) or withdrawn ({@code uninvite}). */
    @Transactional
    public void announceInvitation(Room room, Account by, String email, boolean withdrawn) {
        ObjectNode description = json.createObjectNode();
        description.put("email", email);
        action(room, by, withdrawn ? "uninvite" : "invite", description);
    }

    private void action(Room room, Account by, String type, Object description) {
        ObjectNode content = json.createObjectNode();
        content.put("type", type);
        if (description instanceof ObjectNode node) {
            content.set("description", node);
        } else {
            content.put("description", description == null ? null : description.toString());
        }
        ObjectNode payload = json.createObjectNode();
        payload.set("content", content);
        messages.post(room.getId(), new NewMessage(MessageEvents.ACTION, by, null, null, null, payload.toString(),
                Set.of(), null, null, null, MessageEvents.CHAT_APP));
    }

    /** "My new Flow!" → "my-new-flow", as Flowdock names flows in URLs. */
    static String parameterize(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 90) {
            slug = slug.substring(0, 90).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "flow" : slug;
    }

    /** Sets one member's own open/closed state of a room. */
    void setOpen(RoomMember membership, boolean open) {
        membership.setOpen(open);
        members.save(membership);
    }
}
