package dev.teamgate.stackfield;

import static dev.teamgate.stackfield.SeededWebhooks.CHAT;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Everything a webhook creates shows in {@code GET /_admin/fixtures} and loads back unchanged. */
class StackfieldFixtureServerTest extends StackfieldServerTest {

    String createEverything() {
        expect(CHAT, "{\"Title\":\"chat line\"}", OK);
        expect(SeededWebhooks.DISCUSSION, "{\"Title\":\"a discussion\",\"Content\":\"text\"}", OK);
        expect(SeededWebhooks.PAGE, "{\"Title\":\"a page\"}", OK);
        expect(SeededWebhooks.TASK, "{\"Title\":\"a task\",\"DateEnd\":\"2026-07-01 12:00\",\"Users\":[\"user1@demo.de\"]}", OK);
        expect(SeededWebhooks.EVENT,
                "{\"Title\":\"an event\",\"DateStart\":\"2026-07-02 10:00\",\"DateEnd\":\"2026-07-02 11:00\",\"Users\":[\"user2@demo.de\"]}", OK);
        clock.advance(Duration.ofSeconds(1));
        given().multiPart("File", "plan.txt", "the plan".getBytes(), "text/plain").post(webhookPath(SeededWebhooks.FILE))
                .then().statusCode(200);
        expect(SeededWebhooks.ORGANIZATION, "{\"Command\":\"CreateUser\",\"Email\":\"newbie@demo.de\",\"DisplayName\":\"Newbie\",\"OrgRoleId\":3}", OK);
        String reply = postJson(SeededWebhooks.ORGANIZATION,
                "{\"Command\":\"CreateRoom\",\"Name\":\"Fresh\",\"Users\":[{\"Email\":\"newbie@demo.de\",\"IsAdmin\":true}]}")
                .statusCode(200).extract().asString();
        expect(SeededWebhooks.ROOM_SETTINGS, "{\"Command\":\"GrantRoomAccess\",\"Users\":[\"user1@demo.de\"]}", OK);
        expect(SeededWebhooks.ORG_ROOM_SETTINGS, "{\"Command\":\"ArchiveRoom\",\"RoomId\":\"" + SeededWebhooks.PROJECTS_ROOM_ID + "\"}", OK);
        given().contentType(ContentType.JSON).body("{\"workspace\":\"demo\",\"room\":\"demo-room\",\"kind\":\"page\",\"label\":\"Wiki\"}")
                .post("/_admin/stackfield/webhooks").then().statusCode(201);
        return reply.substring(reply.indexOf("\"RoomId\":\"") + 10, reply.length() - 2);
    }

    @Test
    void theExportShowsWhatTheWebhooksCreated() {
        String newRoomId = createEverything();

        JsonPath demo = given().get("/_admin/fixtures?workspace=stackfield/demo").then().statusCode(200)
                .extract().jsonPath().setRootPath("workspaces[0]");

        assertThat(demo.getList("rooms.find { it.slug == 'demo-room' }.messages.event"))
                .containsExactly("chat", "discussion", "page");
        assertThat(demo.getList("rooms.find { it.slug == 'demo-room' }.messages.content"))
                .containsExactly("chat line", "text", null);
        assertThat(demo.getList("tickets.subject")).containsExactly("a task", "an event");
        assertThat(demo.getList("tickets.status")).containsExactly("open", "scheduled");
        assertThat(demo.getList("tickets.room")).containsExactly("demo-room", "demo-room");
        assertThat(demo.getList("tickets.participants")).containsExactly(List.of("user1"), List.of("user2"));
        assertThat(demo.getList("tickets.endsAt")).containsExactly("2026-07-01T12:00:00Z", "2026-07-02T11:00:00Z");
        Map<String, Object> file = demo.getMap("files[0]");
        assertThat(file).containsEntry("room", "demo-room").containsEntry("name", "plan.txt")
                .containsEntry("contentType", "text/plain").containsEntry("size", 8);
        assertThat(demo.getString("accounts.find { it.email == 'newbie@demo.de' }.role")).isEqualTo("GUEST");
        assertThat(demo.getString("rooms.find { it.externalId == '" + newRoomId + "' }.name")).isEqualTo("Fresh");
        assertThat(demo.getList("rooms.find { it.externalId == '" + newRoomId + "' }.members.admin")).containsExactly(true);
        assertThat(demo.getList("rooms.find { it.slug == 'projects' }.members.account")).contains("user1");
        assertThat(demo.getBoolean("rooms.find { it.slug == 'projects' }.archived")).isTrue();
        assertThat(demo.getString("credentials.find { it.label == 'Wiki' }.binding")).isEqualTo("page");
    }

    @Test
    void exportLoadExportIsTheSameAndTheLoadedStateStillWorks() {
        createEverything();
        String first = given().get("/_admin/fixtures").then().statusCode(200).extract().asString();

        given().contentType(ContentType.JSON).body(first).post("/_admin/fixtures").then().statusCode(201);

        String second = given().get("/_admin/fixtures").then().statusCode(200).extract().asString();
        assertThat(second).isEqualTo(first).contains("\"files\"").contains("plan.txt");
        expect(CHAT, "{\"Title\":\"after the load\"}", OK);
        assertThat(demoRoomMessages()).last().asString().contains("after the load");
        assertThat(demoFiles()).singleElement().satisfies(f -> assertThat(java.nio.file.Path.of(f.getStoragePath())).exists());
    }

    @Test
    void aFileEntryWithAnUnknownRoomFailsTheLoadWithItsPath() {
        String bad = """
                {"workspaces":[{"vendor":"stackfield","slug":"x","name":"X",
                  "files":[{"room":"ghost","name":"a.txt","storagePath":"/tmp/a"}]}]}""";
        given().contentType(ContentType.JSON).body(bad).post("/_admin/fixtures")
                .then().statusCode(400).contentType("application/problem+json")
                .body("param", org.hamcrest.Matchers.equalTo("files[0].room"));
        given().contentType(ContentType.JSON)
                .body("{\"workspaces\":[{\"vendor\":\"stackfield\",\"slug\":\"x\",\"name\":\"X\",\"files\":[{\"name\":\"a.txt\"}]}]}")
                .post("/_admin/fixtures")
                .then().statusCode(400).body("param", org.hamcrest.Matchers.equalTo("files[0].storagePath"));
        given().contentType(ContentType.JSON)
                .body("{\"workspaces\":[{\"vendor\":\"stackfield\",\"slug\":\"x\",\"name\":\"X\",\"files\":{\"name\":\"a.txt\"}}]}")
                .post("/_admin/fixtures")
                .then().statusCode(400).body("param", org.hamcrest.Matchers.equalTo("files"));
        assertThat(read(() -> workspaces.findByVendorAndSlug("stackfield", "x"))).isEmpty();
    }
}
