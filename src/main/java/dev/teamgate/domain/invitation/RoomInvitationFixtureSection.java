package dev.teamgate.domain.invitation;

import dev.teamgate.domain.InvalidInputException;
import dev.teamgate.domain.account.AccountRepository;
import dev.teamgate.domain.fixture.FixtureJson;
import dev.teamgate.domain.fixture.FixtureSection;
import dev.teamgate.domain.fixture.RoomEntries;
import dev.teamgate.domain.workspace.Workspace;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The {@code roomInvitations} fixture section: a list of
 * {@code {room, email, message, state (PENDING|ACCEPTED), inviter, createdAt, updatedAt}}.
 */
@Component
@RequiredArgsConstructor
class RoomInvitationFixtureSection implements FixtureSection {

    private final RoomInvitationRepository invitations;
    private final RoomEntries roomEntries;
    private final AccountRepository accounts;

    @Override
    public String name() {
        return "roomInvitations";
    }

    @Override
    public void load(Workspace workspace, JsonNode data) {
        FixtureJson.forEachEntry(name(), data, (entry, path) -> {
            RoomInvitation invitation = new RoomInvitation(roomEntries.room(workspace, entry, path),
                    FixtureJson.required(entry, "email", path), roomEntries.createdAt(entry, path));
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
            invitation.setUpdatedAt(FixtureJson.instant(entry, "updatedAt", path, invitation.getCreatedAt()));
            invitations.save(invitation);
        });
    }

    @Override
    public JsonNode export(Workspace workspace) {
        return roomEntries.export(workspace, invitations::findByRoomOrderById, (inv, node) -> {
            node.put("email", inv.getEmail());
            FixtureJson.putIfPresent(node, "message", inv.getMessage());
            node.put("state", inv.getState().name());
            FixtureJson.putIfPresent(node, "inviter", inv.getInviter() == null ? null : inv.getInviter().getSlug());
            FixtureJson.putIfPresent(node, "createdAt", inv.getCreatedAt());
            FixtureJson.putIfPresent(node, "updatedAt", inv.getUpdatedAt());
        });
    }
}
