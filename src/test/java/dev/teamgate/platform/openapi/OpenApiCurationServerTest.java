package dev.teamgate.platform.openapi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;

import dev.teamgate.support.ServerTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a reader of Swagger UI sees: Flowdock's document curated (tags, summaries, bodies, each
 * operation once), admin bodies with examples that succeed, one Stackfield example per command,
 * tags in reading order, demo credentials named in the Authorize dialog, and /swagger-ui/.
 */
class OpenApiCurationServerTest extends ServerTest {

    private static final List<String> FLOWDOCK_TAGS = List.of("Flows", "Messages", "Threads", "Private conversations",
            "Users", "Organizations", "Invitations", "Sources", "Files", "Streaming", "Push API (deprecated)", "OAuth");
    private static final String MIKE = "deadbeefdeadbeef";

    private static JsonPath document(String group) {
        return given().get("/v3/api-docs/" + group).then().statusCode(200).extract().jsonPath();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> operations(JsonPath document) {
        List<Map<String, Object>> operations = new ArrayList<>();
        Map<String, Map<String, Map<String, Object>>> paths = document.getMap("paths");
        paths.forEach((path, item) -> item.forEach((method, operation) -> {
            Map<String, Object> entry = new java.util.HashMap<>(operation);
            entry.put("path", path);
            entry.put("method", method);
            operations.add(entry);
        }));
        return operations;
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyFlowdockOperationHasAResourceTagASummaryAndItsBody() {
        List<Map<String, Object>> operations = operations(document("flowdock"));
        assertThat(operations).hasSizeGreaterThan(50);
        for (Map<String, Object> op : operations) {
            String name = op.get("method") + " " + op.get("path");
            assertThat((List<String>) op.get("tags")).as(name).hasSize(1).allMatch(FLOWDOCK_TAGS::contains);
            assertThat((String) op.get("summary")).as(name).contains(" ");
            if (!((List<String>) op.get("tags")).contains("OAuth")) {
                assertThat((String) op.get("description")).as(name).isNotBlank();
            }
            boolean oauth = ((List<String>) op.get("tags")).contains("OAuth"); // OAuth 2.0 forms, documented by their controller
            if (!oauth && (op.get("method").equals("post") || op.get("method").equals("put"))) {
                Map<String, Object> content = (Map<String, Object>) ((Map<String, Object>) op.get("requestBody")).get("content");
                assertThat(content).as(name).containsKeys("application/json", "application/x-www-form-urlencoded");
                assertThat((Map<String, Object>) ((Map<String, Object>) content.get("application/json")).get("examples"))
                        .as(name).isNotEmpty();
            }
        }
    }

    @Test
    void theV1AliasThePatchTwinsAndTheSourceSpellingAreServedButListedOnce() {
        List<Map<String, Object>> operations = operations(document("flowdock"));
        assertThat(operations).noneMatch(op -> op.get("method").equals("patch"));
        assertThat(operations).noneMatch(op -> ((String) op.get("path")).contains("/source/"));
        assertThat(operations).filteredOn(op -> ((String) op.get("path")).startsWith("/flowdock/v1/"))
                .extracting(op -> (String) op.get("path"))
                .containsExactlyInAnyOrder("/flowdock/v1/messages/chat/{tokens}", "/flowdock/v1/messages/team_inbox/{tokens}");
        assertThat(operations).extracting(op -> op.get("method") + " " + op.get("path")).doesNotHaveDuplicates();
        assertThat(operations).filteredOn(op -> ((String) op.get("path")).startsWith("/flowdock/v1/messages/"))
                .allMatch(op -> List.of().equals(op.get("security")), "the push API's tokens are in its path");

        given().auth().preemptive().basic(MIKE, "x").contentType(ContentType.JSON).body(Map.of("open", true))
                .patch("/flowdock/v1/flows/acme/my-flow").then().statusCode(200);
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyFlowdockMessageExampleIsAcceptedAsJsonAndAsAForm() {
        JsonPath flowdock = document("flowdock");
        for (String path : List.of("/flowdock/messages", "/flowdock/flows/{org}/{flow}/messages")) {
            Map<String, Map<String, Object>> examples = flowdock.getMap(
                    "paths.'" + path + "'.post.requestBody.content.'application/json'.examples");
            for (Map.Entry<String, Map<String, Object>> example : examples.entrySet()) {
                given().auth().preemptive().basic(MIKE, "x").contentType(ContentType.JSON)
                        .body(example.getValue().get("value"))
                        .post(path.replace("{org}", "acme").replace("{flow}", "my-flow"))
                        .then().log().ifValidationFails().statusCode(202);
            }
        }
        Map<String, Object> form = flowdock.getMap(
                "paths.'/flowdock/messages'.post.requestBody.content.'application/x-www-form-urlencoded'.example");
        assertThat(flowdock.getString("paths.'/flowdock/messages'.post.requestBody.content"
                + ".'application/x-www-form-urlencoded'.schema.properties.content.example")).isEqualTo(form.get("content"));
        given().auth().preemptive().basic(MIKE, "x").contentType(ContentType.URLENC)
                .formParam("flow", form.get("flow")).formParam("event", form.get("event"))
                .formParam("content", form.get("content")).formParam("tags", String.join(",", (List<String>) form.get("tags")))
                .post("/flowdock/messages").then().statusCode(202);
        given().auth().preemptive().basic(MIKE, "x").queryParam("limit", 2)
                .get("/flowdock/flows/acme/my-flow/messages").then().statusCode(200)
                .body("content[1]", org.hamcrest.Matchers.equalTo(form.get("content")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyAdminBodyHasAnExampleThatSucceeds() {
        List<Map<String, Object>> withBodies = operations(document("admin")).stream()
                .filter(op -> op.get("requestBody") != null).toList();
        assertThat(withBodies).hasSizeGreaterThanOrEqualTo(11);
        for (Map<String, Object> op : withBodies) {
            String name = op.get("method") + " " + op.get("path");
            Map<String, Object> json = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>)
                    op.get("requestBody")).get("content")).get("application/json");
            Map<String, Map<String, Object>> examples = (Map<String, Map<String, Object>>) json.get("examples");
            assertThat(examples).as(name).hasSize(1);
            String path = (String) op.get("path");
            for (Map<String, Object> parameter : (List<Map<String, Object>>) op.getOrDefault("parameters", List.of())) {
                if ("path".equals(parameter.get("in"))) {
                    assertThat(parameter.get("example")).as(name + " " + parameter.get("name")).isNotNull();
                    path = path.replace("{" + parameter.get("name") + "}", String.valueOf(parameter.get("example")));
                }
            }
            Object body = examples.values().iterator().next().get("value");
            int status = given().contentType(ContentType.JSON).body(body).request(((String) op.get("method")).toUpperCase(java.util.Locale.ROOT), path)
                    .then().log().ifValidationFails().extract().statusCode();
            assertThat(status).as(name + " with " + body).isBetween(200, 299);
        }
    }

    @Test
    void stackfieldShowsOneExamplePerCommand() {
        Map<String, Map<String, Object>> examples = document("stackfield").getMap(
                "paths.'/stackfield/apiwh/{webhookId}'.post.requestBody.content.'application/json'.examples");
        assertThat(examples).containsKeys("Chat", "Task", "Event", "CreateUser", "RemoveUser", "DeactivateUser",
                "CreateRoom", "ArchiveRoom", "GrantRoomAccess", "RevokeRoomAccess");
        assertThat(examples.get("Chat").get("value")).isEqualTo(Map.of("Title", "Hello World!"));
        assertThat(examples.get("ArchiveRoom").get("value")).isEqualTo(Map.of("Command", "ArchiveRoom"));

        given().contentType(ContentType.JSON).body(examples.get("Chat").get("value"))
                .post("/stackfield/apiwh/e5a1cfbd-970e-45a1-b81c-3e004f9bdab5").then().statusCode(200)
                .body("Result", org.hamcrest.Matchers.equalTo("ok"));
    }

    @Test
    void tagsComeInReadingOrder() {
        assertThat(document("admin").getList("tags.name", String.class))
                .startsWith("Sandbox credentials", "Workspaces", "Reset").endsWith("Health");
        assertThat(document("flowdock").getList("tags.name", String.class))
                .startsWith("Flows", "Messages", "Threads", "Private conversations", "Users");
        assertThat(document("commflow").getList("tags.name", String.class)).startsWith("Me", "Conversations", "Messages");
        assertThat(document("teamfluence").getList("tags.name", String.class)).containsExactly("Posts", "Leads");
    }

    @Test
    void theAuthorizeDialogNamesTheDemoCredentials() {
        assertThat(document("flowdock").getString("components.securitySchemes.apiToken.description")).contains(MIKE);
        assertThat(document("flowdock").getString("components.securitySchemes.flowToken.description"))
                .contains("3e2252e2e164d70ebbc5c59b9db629c8");
        assertThat(document("commflow").getString("components.securitySchemes.bearer.description"))
                .contains("sk_live_teamgate_professional");
        assertThat(document("teamfluence").getString("components.securitySchemes.apiKey.description"))
                .contains("tfk_growth_steven_owner_key");
        assertThat(document("talktome").getString("components.securitySchemes.companyKey.description"))
                .contains("JSOM3ACS72QAJ2I1IM1D5VNFGR");
    }

    @Test
    void swaggerUiAnswersWithATrailingSlash() {
        given().redirects().follow(false).get("/swagger-ui/").then().statusCode(302)
                .header("Location", endsWith("/swagger-ui.html"));
        given().get("/swagger-ui/").then().statusCode(200).contentType(ContentType.HTML);
        given().get("/swagger-ui").then().statusCode(200).contentType(ContentType.HTML);
    }
}
