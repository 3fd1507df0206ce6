package dev.teamgate.stackfield;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import dev.teamgate.domain.credential.Credential;
import dev.teamgate.domain.credential.CredentialKind;
import dev.teamgate.domain.credential.CredentialRepository;
import dev.teamgate.platform.nativeport.NativePorts;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code /_admin/stackfield/webhooks} and the seeded webhooks in {@code /_admin/credentials}. */
class WebhookAdminServerTest extends StackfieldServerTest {

    static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

    @Autowired CredentialRepository credentials;
    @Autowired NativePorts nativePorts;

    JsonPath create(String body) {
        return given().contentType(ContentType.JSON).body(body).post("/_admin/stackfield/webhooks")
                .then().statusCode(201).contentType(ContentType.JSON).extract().jsonPath();
    }

    @Test
    void aNewRoomWebhookUrlWorksAtOnceAndIsStoredAsADigest() {
        JsonPath made = create("{\"workspace\":\"demo\",\"room\":\"projects\",\"kind\":\"discussion\",\"label\":\"CI bot\"}");

        String id = made.getString("webhookId");
        assertThat(id).matches(UUID_PATTERN);
        assertThat(made.getString("url")).isEqualTo("http://localhost:" + port + "/stackfield/apiwh/" + id);
        assertThat(made.getString("path")).isEqualTo("/stackfield/apiwh/" + id);
        assertThat(made.getString("nativeUrl"))
                .isEqualTo("http://localhost:" + nativePorts.actualPort("stackfield") + "/apiwh/" + id);
        assertThat(made.getString("workspace")).isEqualTo("demo");
        assertThat(made.getString("kind")).isEqualTo("discussion");
        assertThat(made.getString("room")).isEqualTo("projects");
        assertThat(made.getString("roomId")).isEqualTo(SeededWebhooks.PROJECTS_ROOM_ID);
        assertThat(made.getString("label")).isEqualTo("CI bot");

        expect(id, "{\"Title\":\"Nightly build\",\"Content\":\"green\"}", OK);
        assertThat(read(() -> messages.findOldest(room("demo", "projects"), 0, Long.MAX_VALUE,
                org.springframework.data.domain.Pageable.unpaged()).stream().map(StackfieldServerTest::describe).toList()))
                .containsExactly("discussion|CI bot|Nightly build|green|webhook");

        List<Credential> stored = read(() -> credentials.findByWorkspaceAndKindOrderById(workspace("demo"), CredentialKind.WEBHOOK_URL));
        Credential latest = stored.get(stored.size() - 1);
        assertThat(latest.getSecretHash()).hasSize(64).doesNotContain(id);
        assertThat(latest.getBinding()).isEqualTo("discussion");
        assertThat(latest.getDisplayPrefix()).isEqualTo(id.substring(0, 12) + "…");
    }

    @Test
    void anOrganizationWebhookHasNoRoomAndARoomCanBeNamedByItsRoomApiId() {
        JsonPath org = create("{\"workspace\":\"demo\",\"kind\":\"organization\"}");
        assertThat(org.getString("room")).isNull();
        assertThat(org.getString("label")).isEqualTo("WebHook");
        expect(org.getString("webhookId"), "{\"Command\":\"ArchiveRoom\",\"RoomId\":\"" + SeededWebhooks.DEMO_ROOM_ID + "\"}", OK);

        JsonPath roomSettings = create("{\"workspace\":\"demo\",\"room\":\"" + SeededWebhooks.DEMO_ROOM_ID
                + "\",\"kind\":\"room-settings\"}");
        assertThat(roomSettings.getString("room")).isEqualTo("demo-room");
        expect(roomSettings.getString("webhookId"), "{\"Command\":\"ArchiveRoom\"}",
                result("4079", "Room is already archived"));
    }

    @Test
    void badRequestsAreProblemDocuments() {
        problem("{\"workspace\":\"demo\",\"room\":\"projects\",\"kind\":\"webinar\"}", 400, "kind")
                .body("detail", equalTo("kind must be one of chat, discussion, task, page, file, event, organization, room-settings"));
        problem("{\"workspace\":\"demo\",\"kind\":\"chat\"}", 400, "room")
                .body("detail", equalTo("a chat webhook needs a room"));
        problem("{\"workspace\":\"demo\",\"room\":\"projects\",\"kind\":\"organization\"}", 400, "room");
        problem("{\"room\":\"projects\",\"kind\":\"chat\"}", 400, "workspace");
        problem("{\"workspace\":\"demo\",\"room\":\"projects\",\"kind\":\"chat\",\"label\":\"" + "l".repeat(201) + "\"}", 400, "label");
        problem("{\"workspace\":\"nowhere\",\"room\":\"projects\",\"kind\":\"chat\"}", 404, null)
                .body("detail", equalTo("workspace nowhere not found"));
        problem("{\"workspace\":\"demo\",\"room\":\"nowhere\",\"kind\":\"chat\"}", 404, null);
        // the test vendor's workspace is not a Stackfield organization
        problem("{\"workspace\":\"alpha\",\"room\":\"general\",\"kind\":\"chat\"}", 404, null);
        problem("{\"workspace\":", 400, null);
        problem("{\"workspace\":[\"demo\"],\"kind\":\"chat\"}", 400, "workspace");
        given().contentType(ContentType.TEXT).body("demo").post("/_admin/stackfield/webhooks")
                .then().statusCode(415).contentType("application/problem+json");
        given().delete("/_admin/stackfield/webhooks").then().statusCode(405).contentType("application/problem+json");

        given().get("/_admin/stackfield/webhooks?workspace=demo").then().body("", hasSize(14));
    }

    io.restassured.response.ValidatableResponse problem(String body, int status, String param) {
        return given().contentType(ContentType.JSON).body(body).post("/_admin/stackfield/webhooks")
                .then().statusCode(status).contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("instance", equalTo("/_admin/stackfield/webhooks"))
                .body("param", param == null ? nullValue() : equalTo(param));
    }

    @Test
    void theListShowsEveryWebhookWithoutItsSecret() {
        given().get("/_admin/stackfield/webhooks?workspace=basic")
                .then().statusCode(200)
                .body("kind", equalTo(List.of("chat", "organization", "room-settings")))
                .body("room", equalTo(java.util.Arrays.asList("team", null, "team")))
                .body("displayPrefix[0]", equalTo("b0b00000-000…"))
                .body("revoked", equalTo(List.of(false, false, false)))
                .body(not(containsString("b0b00000-0000-4000-8000-000000000001")));
        given().get("/_admin/stackfield/webhooks")
                .then().statusCode(200).body("", hasSize(17))
                .body("find { it.label == 'Deleted chat WebHook (4038)' }.revoked", equalTo(true));
        given().get("/_admin/stackfield/webhooks?workspace=nowhere")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void deletingAWebhookDisablesIt() {
        String id = create("{\"workspace\":\"demo\",\"room\":\"demo-room\",\"kind\":\"chat\"}").getString("webhookId");
        expect(id, "{\"Title\":\"before\"}", OK);

        given().delete("/_admin/stackfield/webhooks/" + id).then().statusCode(204);

        expect(id, "{\"Title\":\"after\"}", result("4038", "Integration disabled."));
        given().delete("/_admin/stackfield/webhooks/00000000-0000-4000-8000-000000000000")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void theSeededWebhooksAreListedWithTheirIdsInTheSandboxCredentials() {
        given().get("/_admin/credentials?vendor=stackfield")
                .then().statusCode(200)
                .body("stackfield", hasSize(17))
                .body("stackfield.secret", hasItems(SeededWebhooks.CHAT, SeededWebhooks.DISCUSSION, SeededWebhooks.TASK,
                        SeededWebhooks.PAGE, SeededWebhooks.FILE, SeededWebhooks.EVENT, SeededWebhooks.ORGANIZATION,
                        SeededWebhooks.ROOM_SETTINGS))
                .body("stackfield.binding", hasItems("chat", "discussion", "task", "page", "file", "event",
                        "organization", "room-settings"))
                .body("stackfield.find { it.secret == '" + SeededWebhooks.CHAT + "' }.room", equalTo("demo-room"))
                .body("stackfield.find { it.secret == '" + SeededWebhooks.CHAT + "' }.kind", equalTo("WEBHOOK_URL"))
                .body("stackfield.workspace", hasItem("basic"));
    }

    @Test
    void theAdminEndpointsAreInTheControlPlanesOpenApiGroupAndTheWebhookInStackfields() {
        given().get("/v3/api-docs/admin").then().statusCode(200)
                .body("paths.keySet()", hasItem("/_admin/stackfield/webhooks"));
        given().get("/v3/api-docs/stackfield").then().statusCode(200)
                .body("paths.keySet()", equalTo(java.util.Set.of("/stackfield/apiwh/{webhookId}")))
                .body("paths.'/stackfield/apiwh/{webhookId}'.post.requestBody.content.keySet()",
                        hasItems("application/json", "multipart/form-data"))
                .body("paths.'/stackfield/apiwh/{webhookId}'.post.parameters.name", equalTo(List.of("webhookId")));
        given().get("/_admin/health").then()
                .body("vendors.find { it.key == 'stackfield' }.baseUrl",
                        matchesPattern("http://localhost:\\d+/stackfield/apiwh/\\{webhook-id\\}"));
    }
}
