package dev.teamgate.flowdock;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SourcesServerTest extends FlowdockServerTest {

    static final String SOURCES = "/flowdock/flows/acme/my-flow/sources";

    @BeforeEach
    void freezeTime() {
        clock.freeze(Instant.parse("2026-05-01T09:00:00Z"));
    }

    private int exampleSourceId() {
        return as(MIKE).get(SOURCES).then().extract().path("[0].id");
    }

    @Test
    void listsAFlowsSourcesWithoutTheirTokens() {
        int id = exampleSourceId();
        String body = as(MIKE).get(SOURCES).then().statusCode(200).extract().asString();
        assertSameJson(contract("sources-my-flow", Map.of("id", id)), body);
        as(MIKE).get(SOURCES + "/" + id).then().statusCode(200).body("name", equalTo("Example"))
                .body("$", not(hasKey("flow_token")));
        as(MIKE).get("/flowdock/flows/acme/my-flow/source/" + id).then().statusCode(200);
        as(MIKE).get(SOURCES + "/999999").then().statusCode(404).body(equalTo("{\"message\":\"Source not found\"}"));
        as(MIKE).get("/flowdock/sources").then().statusCode(200).body("name", contains("Example"));
    }

    @Test
    void aFlowTokenSeesOnlyItsOwnSource() {
        given().get("/flowdock/sources?flow_token=" + SOURCE_TOKEN).then().statusCode(200)
                .header("Flowdock-User", nullValue())
                .body("name", contains("Example"));
        given().get("/flowdock/sources?flow_token=" + PUSH_TOKEN).then().statusCode(200).body("", hasSize(0));
        given().get("/flowdock/sources?flow_token=" + REMOVED_SOURCE_TOKEN).then().statusCode(410);
        given().get("/flowdock/sources").then().statusCode(401);
    }

    @Test
    void creatingASourceShowsItsFlowTokenOnceAndTheTokenPosts() {
        JsonPath created = given().header("Authorization", "Bearer " + MIKE_OAUTH).contentType(ContentType.JSON)
                .body("{\"name\":\"Helsinki Lunch Poll\",\"external_url\":\"https://acme.example.com/polls/helsinki\"}")
                .post(SOURCES).then().statusCode(201).header("Flowdock-User", "2").extract().jsonPath();
        String token = created.getString("flow_token");
        int id = created.getInt("id");
        int appId = created.getInt("application.id");
        assertSameJson(contract("source-created", Map.of("id", id, "token", token, "appId", appId)),
                created.prettify());
        as(MIKE).get(SOURCES + "/" + id).then().body("$", not(hasKey("flow_token")));
        given().contentType(ContentType.JSON).body("{\"flow_token\":\"" + token + "\",\"event\":\"message\",\"content\":\"Lunch?\"}")
                .post("/flowdock/messages").then().statusCode(202);
        as(MIKE).get("/flowdock/flows/acme/my-flow/messages?limit=1").then().body("content", contains("Lunch?"));
    }

    @Test
    void anOauthTokenNeedsTheIntegrationScopeToCreateSources() {
        given().header("Authorization", "Bearer " + JOE_OAUTH_FLOW_ONLY).contentType(ContentType.JSON)
                .body("{\"name\":\"x\"}").post(SOURCES).then().statusCode(403)
                .body(equalTo("{\"message\":\"The access token does not have the integration scope\"}"));
        given().header("Authorization", "Bearer " + MIKE_OAUTH).contentType(ContentType.JSON).body("{}").post(SOURCES)
                .then().statusCode(400)
                .body(equalTo("{\"message\":\"Validation error\",\"errors\":{\"name\":[\"can't be blank\"]}}"));
        // The docs restrict source creation to OAuth applications: a plain API token or a password may not.
        String onlyOauth = "{\"message\":\"Sources can only be created by an OAuth application with the integration scope\"}";
        as(JOE).contentType(ContentType.JSON).body("{\"name\":\"Plain token source\"}").post(SOURCES)
                .then().statusCode(403).body(equalTo(onlyOauth));
        as(MIKE).get(SOURCES).then().statusCode(200).body("size()", equalTo(1));
    }

    @Test
    void updatesTheErrorMessageAndConfigurationUrl() {
        int id = exampleSourceId();
        as(MIKE).contentType(ContentType.JSON)
                .body("{\"error_message\":\"Reconnect your account\",\"configuration_url\":\"https://example.com/configure\"}")
                .put(SOURCES + "/" + id).then().statusCode(200)
                .body("error_message", equalTo("Reconnect your account"))
                .body("configuration_url", equalTo("https://example.com/configure"));
        // an empty error message clears it; the token may do this itself through PUT /sources
        given().contentType(ContentType.URLENC).formParam("flow_token", SOURCE_TOKEN).formParam("error_message", "")
                .put("/flowdock/sources").then().statusCode(200)
                .body("$", not(hasKey("error_message")))
                .body("configuration_url", equalTo("https://example.com/configure"));
        given().contentType(ContentType.URLENC).formParam("error_message", "x")
                .put("/flowdock/sources").then().statusCode(401);
    }

    @Test
    void deletingASourceMakesItsTokenGone() {
        int id = exampleSourceId();
        as(MIKE).delete(SOURCES + "/" + id).then().statusCode(204).body(emptyString());
        as(MIKE).get(SOURCES).then().body("", hasSize(0));
        given().contentType(ContentType.JSON)
                .body("{\"flow_token\":\"" + SOURCE_TOKEN + "\",\"event\":\"message\",\"content\":\"still here?\"}")
                .post("/flowdock/messages").then().statusCode(410)
                .body(equalTo("{\"message\":\"The source of this flow_token has been removed\"}"));
        as(MIKE).delete(SOURCES + "/" + id).then().statusCode(404);
    }

    @Test
    void onlyFlowMembersManageItsSources() {
        as(STEVIE).get(SOURCES).then().statusCode(403);
        as(JOE).get("/flowdock/flows/acme/another-flow/sources").then().statusCode(404);
    }
}
