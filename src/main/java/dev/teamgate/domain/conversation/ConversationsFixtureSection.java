package dev.teamgate.domain.conversation;

import dev.teamgate.domain.InvalidInputException;
import dev.teamgate.domain.account.Account;
import dev.teamgate.domain.account.AccountRepository;
import dev.teamgate.domain.contact.Contact;
import dev.teamgate.domain.contact.ContactRepository;
import dev.teamgate.domain.fixture.FixtureJson;
import dev.teamgate.domain.fixture.FixtureSection;
import dev.teamgate.domain.room.Room;
import dev.teamgate.domain.room.RoomKinds;
import dev.teamgate.domain.room.RoomRepository;
import dev.teamgate.domain.workspace.Workspace;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Fixture section {@code conversations}: the inbox metadata of rooms of kind conversation. The
 * rooms themselves (subject, messages) are ordinary fixture rooms; this section refers to them by slug.
 */
@Component
@RequiredArgsConstructor
public class ConversationsFixtureSection implements FixtureSection {

    static final String NAME = "conversations";

    private final ConversationRepository conversations;
    private final RoomRepository rooms;
    private final AccountRepository accounts;
    private final ContactRepository contacts;
    private final ObjectMapper json;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void load(Workspace workspace, JsonNode data) {
        List<ConversationFixture> entries = FixtureJson.entries(json, NAME, data, ConversationFixture.class);
        for (int i = 0; i < entries.size(); i++) {
            ConversationFixture f = entries.get(i);
            String path = NAME + "[" + i + "]";
            if (f == null || f.room() == null) {
                throw new InvalidInputException(path + ".room", path + ".room is required");
            }
            Room room = rooms.findByWorkspaceAndSlug(workspace, f.room())
                    .filter(r -> RoomKinds.CONVERSATION.equals(r.getKind()))
                    .orElseThrow(() -> new InvalidInputException(path + ".room",
                            path + ".room refers to unknown conversation room " + f.room()));
            Conversation c = new Conversation(room, f.status() == null ? "open" : f.status(),
                    f.updatedAt() == null ? room.getCreatedAt() : f.updatedAt());
            c.setChannel(f.channel());
            c.setPriority(f.priority());
            c.setAssignee(f.assignee() == null ? null : account(workspace, f.assignee(), path + ".assignee"));
            c.setContact(f.contact() == null ? null : contact(workspace, f.contact(), path + ".contact"));
            if (f.tags() != null) {
                c.replaceTags(f.tags());
            }
            if (f.customFields() != null && !f.customFields().isNull()) {
                if (!f.customFields().isObject()) {
                    throw new InvalidInputException(path + ".customFields", path + ".customFields must be an object");
                }
                c.setCustomFields(json.writeValueAsString(f.customFields()));
            }
            conversations.save(c);
        }
    }

    @Override
    public JsonNode export(Workspace workspace) {
        List<ConversationFixture> entries = conversations.findByWorkspaceOrderById(workspace).stream()
                .map(c -> new ConversationFixture(c.getRoom().getSlug(), c.getStatus(), c.getChannel(), c.getPriority(),
                        c.getAssignee() == null ? null : c.getAssignee().getSlug(),
                        c.getContact() == null ? null : c.getContact().getExternalId(),
                        List.copyOf(c.getTags()),
                        c.getCustomFields() == null ? null : json.readTree(c.getCustomFields()),
                        c.getUpdatedAt()))
                .toList();
        return entries.isEmpty() ? null : json.valueToTree(entries);
    }


    private Account account(Workspace workspace, String slug, String path) {
        return accounts.findByWorkspaceAndSlug(workspace, slug)
                .orElseThrow(() -> new InvalidInputException(path, path + " refers to unknown " + slug));
    }

    private Contact contact(Workspace workspace, String externalId, String path) {
        return contacts.findByWorkspaceAndExternalId(workspace, externalId)
                .orElseThrow(() -> new InvalidInputException(path, path + " refers to unknown " + externalId));
    }
}
