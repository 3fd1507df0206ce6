package dev.teamgate.domain;

import dev.teamgate.domain.message.RoomSequence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.teamgate.domain.account.AccountRepository;
import dev.teamgate.domain.credential.CredentialKind;
import dev.teamgate.domain.credential.CredentialService;
import dev.teamgate.domain.fixture.FixtureDocument;
import dev.teamgate.domain.fixture.FixtureExporter;
import dev.teamgate.domain.fixture.FixtureLoader;
import dev.teamgate.domain.message.MessageRepository;
import dev.teamgate.domain.room.RoomRepository;
import dev.teamgate.domain.workspace.Workspace;
import dev.teamgate.domain.workspace.WorkspaceRepository;
import java.io.InputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.ObjectMapper;

@DataJpaTest
@Import(DomainSliceConfiguration.class)
class FixtureRoundTripTest {

    @Autowired FixtureLoader loader;
    @Autowired RoomSequence sequence;
    @Autowired FixtureExporter exporter;
    @Autowired ObjectMapper json;
    @Autowired WorkspaceRepository workspaces;
    @Autowired AccountRepository accounts;
    @Autowired RoomRepository rooms;
    @Autowired MessageRepository messages;
    @Autowired CredentialService credentials;
    @Autowired dev.teamgate.domain.room.RoomMemberRepository members;

    FixtureDocument seed;

    @BeforeEach
    void readSeed() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/seed/testvendor.json")) {
            seed = json.readValue(in, FixtureDocument.class);
        }
    }

    @Test
    void exportThenLoadThenExportGivesTheSameDocument() {
        loader.load(seed);
        String first = json.writeValueAsString(exporter.exportAll());
        loader.load(json.readValue(first, FixtureDocument.class));
        String second = json.writeValueAsString(exporter.exportAll());
        assertThat(second).isEqualTo(first);
        assertThat(workspaces.count()).isEqualTo(2);
    }

    @Test
    void loadsEveryEntityWithItsReferences() {
        loader.load(seed);
        Workspace alpha = workspaces.findByVendorAndSlug("testvendor", "alpha").orElseThrow();
        assertThat(alpha.getExternalId()).isEqualTo("ws_alpha");
        assertThat(alpha.getSettings()).containsEntry("color", "blue");
        assertThat(accounts.findByWorkspaceOrderById(alpha)).extracting(a -> a.getSlug()).containsExactly("ann", "bob");
        var general = rooms.findByWorkspaceAndSlug(alpha, "general").orElseThrow();
        assertThat(sequence.last(general.getId())).isEqualTo(2);
        var reply = messages.findByRoomAndSeq(general, 2).orElseThrow();
        assertThat(reply.getParent().getSeq()).isEqualTo(1);
        assertThat(reply.getPayload()).isEqualTo("{\"mood\":\"happy\",\"n\":2}");
        // the plain secret works, the stored value is only a digest
        assertThat(credentials.findUsable("tv_alpha_ann_key", CredentialKind.API_KEY, alpha.getVendor()))
                .hasValueSatisfying(c -> assertThat(c.getSecretHash()).doesNotContain("tv_alpha").hasSize(64));
        assertThat(credentials.findUsable("tv_alpha_revoked", CredentialKind.API_KEY, alpha.getVendor())).isEmpty();
    }

    @Test
    void exportNeverContainsPlainSecrets() {
        loader.load(seed);
        String exported = json.writeValueAsString(exporter.exportAll());
        assertThat(exported).doesNotContain("tv_alpha_ann_key").doesNotContain("ann-password")
                .contains("\"secretHash\"").contains("\"passwordHash\"");
    }

    @Test
    void loadingAWorkspaceAgainReplacesIt() {
        loader.load(seed);
        loader.load(seed);
        assertThat(workspaces.count()).isEqualTo(2);
        Workspace alpha = workspaces.findByVendorAndSlug("testvendor", "alpha").orElseThrow();
        assertThat(accounts.findByWorkspaceOrderById(alpha)).hasSize(2);
    }

    @Test
    void aBadReferenceFailsWithThePathOfTheField() {
        String bad = """
                {"workspaces":[{"vendor":"testvendor","slug":"x","name":"X",
                  "rooms":[{"slug":"r","kind":"channel","name":"R","members":[{"account":"ghost"}]}]}]}""";
        assertThatThrownBy(() -> loader.load(json.readValue(bad, FixtureDocument.class)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("workspaces[0].rooms[0].members[0].account")
                .extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("workspaces[0].rooms[0].members[0].account");
    }

    @Test
    void aMembersOwnOpenStateLoadsAndExportsWhileOthersFollowTheRoom() {
        String doc = """
                {"workspaces":[{"vendor":"testvendor","slug":"x","name":"X",
                  "accounts":[{"slug":"a","name":"A"},{"slug":"b","name":"B"}],
                  "rooms":[{"slug":"r","kind":"channel","name":"R","open":true,
                            "members":[{"account":"a","open":false},{"account":"b"}]}]}]}""";
        loader.load(json.readValue(doc, FixtureDocument.class));
        Workspace x = workspaces.findByVendorAndSlug("testvendor", "x").orElseThrow();
        var room = rooms.findByWorkspaceAndSlug(x, "r").orElseThrow();
        assertThat(members.findByRoom(room)).extracting(m -> m.getAccount().getSlug() + "=" + m.isOpen())
                .containsExactlyInAnyOrder("a=false", "b=true");
        String exported = json.writeValueAsString(exporter.exportAll());
        assertThat(exported).contains("{\"account\":\"a\",\"admin\":false,\"blocked\":false,\"open\":false}")
                .contains("{\"account\":\"b\",\"admin\":false,\"blocked\":false}");
    }

    @Test
    void anUnknownSectionIsRefused() {
        String bad = """
                {"workspaces":[{"vendor":"testvendor","slug":"x","name":"X","gadgets":[1,2]}]}""";
        assertThatThrownBy(() -> loader.load(json.readValue(bad, FixtureDocument.class)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("unknown fixture section gadgets");
    }
}
