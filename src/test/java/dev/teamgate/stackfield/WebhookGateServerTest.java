package dev.teamgate.stackfield;

import static dev.teamgate.stackfield.SeededWebhooks.BASIC_CHAT;
import static dev.teamgate.stackfield.SeededWebhooks.BASIC_ORGANIZATION;
import static dev.teamgate.stackfield.SeededWebhooks.BASIC_ROOM_SETTINGS;
import static dev.teamgate.stackfield.SeededWebhooks.CHAT;
import static dev.teamgate.stackfield.SeededWebhooks.CHAT_ARCHIVED_ROOM;
import static dev.teamgate.stackfield.SeededWebhooks.CHAT_DELETED;
import static dev.teamgate.stackfield.SeededWebhooks.CHAT_DIRECT_CHAT;
import static dev.teamgate.stackfield.SeededWebhooks.CHAT_ENCRYPTED_ROOM;
import static dev.teamgate.stackfield.SeededWebhooks.FILE;
import static dev.teamgate.stackfield.SeededWebhooks.ORGANIZATION;
import static dev.teamgate.stackfield.SeededWebhooks.TASK;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import dev.teamgate.domain.message.Message;
import io.restassured.http.ContentType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Pageable;

/**
 * What every webhook request meets before its content: the URL itself, the organization and room
 * state, the body's shape, and the HTTP-level failures outside the webhook protocol.
 */
class WebhookGateServerTest extends StackfieldServerTest {

    static final String CREATE_USER = "{\"Command\":\"CreateUser\",\"Email\":\"new@demo.de\",\"DisplayName\":\"New\",\"OrgRoleId\":2}";

    @Test
    void anUnknownWebhookIdIs4035() {
        String invalidId = result("4035", "Invalid request. ObjectId is invalid.");
        expect("00000000-0000-4000-8000-00000000beef", "{\"Title\":\"x\"}", invalidId);
        expect("not-a-uuid-at-all", "{\"Title\":\"x\"}", invalidId);
        assertThat(demoRoomMessages()).isEmpty();
    }

    @Test
    void aWebhookIdMatchesInAnyCase() {
        expect(CHAT.toUpperCase(), "{\"Title\":\"shouting\"}", OK);
        assertThat(demoRoomMessages()).hasSize(1);
    }

    @Test
    void aDeletedWebhookIs4038IntegrationDisabled() {
        expect(CHAT_DELETED, "{\"Title\":\"x\"}", result("4038", "Integration disabled."));
        assertThat(demoRoomMessages()).isEmpty();
    }

    @Test
    void anOrganizationWithIntegrationsSwitchedOffIs4038() {
        changeWorkspace("demo", ws -> ws.setApiAccess(false));
        expect(CHAT, "{\"Title\":\"x\"}", result("4038", "Integration disabled."));
        expect(ORGANIZATION, CREATE_USER, result("4038", "Integration disabled."));
        assertThat(demoRoomMessages()).isEmpty();
    }

    @Test
    void anInactiveOrganizationIs4037() {
        changeWorkspace("demo", ws -> ws.setBillingLimited(true));
        expect(CHAT, "{\"Title\":\"x\"}", result("4037", "Organisation level: Module, Room or Organisation not active."));
        assertThat(demoRoomMessages()).isEmpty();
    }

    @Test
    void settingsWebhooksOfANonEnterpriseOrganizationAre4039() {
        String notPaid = result("4039", "This organization is not a payed organization.");
        long before = accountCount("basic");
        expect(BASIC_ORGANIZATION, CREATE_USER, notPaid);
        expect(BASIC_ROOM_SETTINGS, "{\"Command\":\"ArchiveRoom\"}", notPaid);
        assertThat(accountCount("basic")).isEqualTo(before);
        assertThat(read(() -> room("basic", "team").isArchived())).isFalse();
    }

    @Test
    void contentWebhooksWorkOnEveryPlan() {
        expect(BASIC_CHAT, "{\"Title\":\"hello from basic\"}", OK);
        assertThat(read(() -> messages.countByRoom(room("basic", "team")))).isEqualTo(1);
    }

    @Test
    void anEncryptedRoomIs4032() {
        expect(CHAT_ENCRYPTED_ROOM, "{\"Title\":\"x\"}", result("4032", "Encrypted rooms are not supported."));
        assertThat(read(() -> messages.countByRoom(room("demo", "vault")))).isZero();
    }

    @Test
    void aDirectChatIsARoomTypeThatIsNotSupported4033() {
        expect(CHAT_DIRECT_CHAT, "{\"Title\":\"x\"}", result("4033", "Room type is not supported."));
        assertThat(read(() -> messages.countByRoom(room("demo", "ada-user1")))).isZero();
    }

    @Test
    void anArchivedRoomIsNotActive4036() {
        expect(CHAT_ARCHIVED_ROOM, "{\"Title\":\"x\"}", result("4036", "Room level: Module, Room or Organisation not active."));
        assertThat(read(() -> messages.countByRoom(room("demo", "old-room")))).isZero();
    }

    @Test
    void aSwitchedOffModuleIs4038ModuleDisabled() {
        changeWorkspace("demo", ws -> ws.getSettings().put("disabled-modules", "page, task"));
        expect(TASK, "{\"Title\":\"x\"}", result("4038", "Module disabled."));
        expect(CHAT, "{\"Title\":\"chat still works\"}", OK);
        assertThat(demoRoomTickets()).isEmpty();
        assertThat(demoRoomMessages()).hasSize(1);
    }

    @Test
    void aBodyThatIsNotJsonIs4031() {
        String invalid = result("4031", "Invalid request.");
        expect(CHAT, "{\"Title\":", invalid);
        expect(CHAT, "", invalid);
        expect(CHAT, "Title=hello", invalid);
        assertThat(demoRoomMessages()).isEmpty();
    }

    @Test
    void aBodyOfAnotherContentTypeIs4031() {
        clock.advance(Duration.ofSeconds(1));
        given().contentType(ContentType.URLENC).formParam("Title", "hello").post(webhookPath(CHAT))
                .then().statusCode(200).body(equalTo(result("4031", "Invalid request.")));
        clock.advance(Duration.ofSeconds(1));
        given().contentType(ContentType.TEXT).body("{\"Title\":\"hello\"}").post(webhookPath(CHAT))
                .then().statusCode(200).body(equalTo(result("4031", "Invalid request.")));
        clock.advance(Duration.ofSeconds(1));
        given().multiPart("Title", "hello").post(webhookPath(CHAT))
                .then().statusCode(200).body(equalTo(result("4031", "Invalid request.")));
        assertThat(demoRoomMessages()).isEmpty();
    }

    @Test
    void aBodyWithoutContentTypeIsReadAsJson() throws Exception {
        clock.advance(Duration.ofSeconds(1));
        // The JDK client, because REST Assured always sends some content type.
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder()
                        .uri(URI.create("http://localhost:" + port + webhookPath(CHAT)))
                        .POST(HttpRequest.BodyPublishers.ofString("{\"Title\":\"no header\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(OK);
        assertThat(demoRoomMessages()).containsExactly("chat|Docs example (Chat)|null|no header|webhook");
    }

    @Test
    void jsonThatIsNotAnObjectIs4034() {
        String invalid = result("4034", "Invalid request.");
        expect(CHAT, "[{\"Title\":\"x\"}]", invalid);
        expect(CHAT, "\"Title\"", invalid);
        expect(CHAT, "null", invalid);
        assertThat(demoRoomMessages()).isEmpty();
    }

    @Test
    void aJsonBodyToTheFileWebhookIs4041() {
        expect(FILE, "{\"File\":\"C:\\\\Pictures\\\\MyImage.jpg\"}", result("4041", "No files found."));
        assertThat(demoFiles()).isEmpty();
    }

    @Test
    void aPathOutsideTheWebhooksIsA404InTheStackfieldShape() {
        given().contentType(ContentType.JSON).body("{\"Title\":\"x\"}").post("/stackfield/api/v1/rooms")
                .then().statusCode(404).contentType(startsWith("application/json"))
                .body(equalTo(result("4030", "Request could not be completed.")));
        given().contentType(ContentType.JSON).body("{\"Title\":\"x\"}").post("/stackfield/apiwh/" + CHAT + "/extra")
                .then().statusCode(404).body(equalTo(result("4030", "Request could not be completed.")));
        assertThat(demoRoomMessages()).isEmpty();
    }

    @Test
    void aMethodOtherThanPostIsA405WithAllow() {
        given().get(webhookPath(CHAT))
                .then().statusCode(405).header("Allow", "POST")
                .body(equalTo(result("4030", "Request could not be completed.")));
        given().contentType(ContentType.JSON).body("{\"Title\":\"x\"}").put(webhookPath("not-even-a-webhook"))
                .then().statusCode(405).header("Allow", "POST");
        assertThat(demoRoomMessages()).isEmpty();
    }

    @Test
    void refusalsChangeNothingAndLeaveTheMessageSequenceIntact() {
        expect(CHAT, "{\"Title\":\"one\"}", OK);
        expect(CHAT, "{\"Title\":\"\"}", result("4050", "Invalid request. Title is null or empty."));
        expect(CHAT, "{\"Title\":\"two\"}", OK);
        List<Long> seqs = read(() -> messages.findOldest(room("demo", "demo-room"), 0, Long.MAX_VALUE, Pageable.unpaged())
                .stream().map(Message::getSeq).toList());
        assertThat(seqs).containsExactly(1L, 2L);
    }
}
