package dev.teamgate.domain.invitation;

import dev.teamgate.domain.InvalidInputException;
import dev.teamgate.domain.account.AccountRepository;
import dev.teamgate.domain.fixture.FixtureJson;
import dev.teamgate.domain.fixture.FixtureSection;
import dev.teamgate.domain.room.Room;
import dev.teamgate.domain.room.RoomRepository;
import dev.teamgate.domain.workspace.Workspace;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
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
@RequiredArgsConstructor
class RoomInvitationFixtureSection implements FixtureSection {

    private final RoomInvitationRepository invitations;
    private final RoomRepository rooms;
    private final AccountRepository accounts;
    private final ObjectMapper json;
    private final Clock clock;

    @Override
    public String name() {
        return "roomInvitations";
    }

    @Override
    public void load(Workspace workspace, JsonNode data) {
        FixtureJson.forEachEntry(name(), data, (entry, path) -> {
            Room room = FixtureJson.requiredReference(entry, "room", path, "room",
                    slug -> rooms.findByWorkspaceAndSlug(workspace, slug));
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
            invitation.setInviter(FixtureJson.reference(entry, "inviter", path, "account",
                    slug -> accounts.findByWorkspaceAndSlug(workspace, slug)));
            Instant updatedAt = FixtureJson.instant(entry, "updatedAt", path);
            invitation.setUpdatedAt(updatedAt == null ? invitation.getCreatedAt() : updatedAt);
            invitations.save(invitation);
        });
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
