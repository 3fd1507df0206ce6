package dev.teamgate.domain.invitation;

import dev.teamgate.domain.InvalidInputException;
import dev.teamgate.domain.account.Account;
import dev.teamgate.domain.account.AccountRepository;
import dev.teamgate.domain.fixture.FixtureJson;
import dev.teamgate.domain.fixture.FixtureSection;
import dev.teamgate.domain.room.Room;
import dev.teamgate.domain.room.RoomRepository;
import dev.teamgate.domain.workspace.Workspace;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code roomInvitations} fixture section: a list of
 * {@code {room, email, message, state (PENDING|ACCEPTED), inviter, createdAt, updatedAt}}.
 */
@Component
class RoomInvitationFixtureSection implements FixtureSection {

    private final RoomInvitationRepository invitations;
    private final RoomRepository rooms;
    private final AccountRepository accounts;
    private final ObjectMapper json;
    private final Clock clock;

    RoomInvitationFixtureSection(RoomInvitationRepository invitations, RoomRepository rooms,
                                 AccountRepository accounts, ObjectMapper json, Clock clock) {
        this.invitations = invitations;
        this.rooms = rooms;
        this.accounts = accounts;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "roomInvitations";
    }

    @Override
    public void load(Workspace workspace, JsonNode data) {
        if (!data.isArray()) {
            throw new InvalidInputException(name(), name() + " must be a list");
        }
        for (int i = 0; i < data.size(); i++) {
            JsonNode entry = data.get(i);
            String path = name() + "[" + i + "]";
            Room room = rooms.findByWorkspaceAndSlug(workspace, FixtureJson.required(entry, "room", path))
                    .orElseThrow(() -> new InvalidInputException(path + ".room", path + ".room refers to an unknown room"));
            Instant createdAt = FixtureJson.instant(entry, "createdAt", path);
            RoomInvitation invitation = new RoomInvitation(room, FixtureJson.required(entry, "email", path),
                    createdAt == null ? clock.instant() : createdAt);
            invitation.setMessage(FixtureJson.text(entry, "message"));
            String state = FixtureJson.text(entry, "state");
            if (state != null) {
                try {
                    invitation.setState(InvitationState.valueOf(state.toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new InvalidInputException(path + ".state", path + ".state must be PENDING or ACCEPTED");
                }
            }
            String inviter = FixtureJson.text(entry, "inviter");
            if (inviter != null) {
                Account account = accounts.findByWorkspaceAndSlug(workspace, inviter).orElseThrow(() ->
                        new InvalidInputException(path + ".inviter", path + ".inviter refers to an unknown account"));
                invitation.setInviter(account);
            }
            Instant updatedAt = FixtureJson.instant(entry, "updatedAt", path);
            invitation.setUpdatedAt(updatedAt == null ? invitation.getCreatedAt() : updatedAt);
            invitations.save(invitation);
        }
    }

    @Override
    public JsonNode export(Workspace workspace) {
        ArrayNode list = json.createArrayNode();
        for (Room room : rooms.findByWorkspaceOrderById(workspace)) {
            for (RoomInvitation inv : invitations.findByRoomOrderById(room)) {
                ObjectNode node = list.addObject();
                node.put("room", room.getSlug());
                node.put("email", inv.getEmail());
                FixtureJson.putIfPresent(node, "message", inv.getMessage());
                node.put("state", inv.getState().name());
                FixtureJson.putIfPresent(node, "inviter", inv.getInviter() == null ? null : inv.getInviter().getSlug());
                FixtureJson.putIfPresent(node, "createdAt", inv.getCreatedAt());
                FixtureJson.putIfPresent(node, "updatedAt", inv.getUpdatedAt());
            }
        }
        return list.isEmpty() ? null : list;
    }
}
