package dev.teamgate.flowdock;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import dev.teamgate.platform.vendor.VendorRegistry;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The Flowdock seed through the control plane: exported, loaded back, and its demo credentials. */
class FlowdockFixturesServerTest extends FlowdockServerTest {

    @Autowired
    VendorRegistry vendors;

    @Test
    void theSeedExportsAndLoadsBackIntoTheSameState() {
        // some state beyond the seed: a source, a thread, an invitation
        given().header("Authorization", "Bearer " + MIKE_OAUTH).contentType(ContentType.JSON).body("{\"name\":\"CI\"}")
                .post("/flowdock/flows/acme/my-flow/sources")
                .then().statusCode(201);
        as(MIKE).contentType(ContentType.JSON).body("{\"email\":\"new@example.com\"}")
                .post("/flowdock/flows/acme/my-flow/invitations").then().statusCode(201);
        String first = given().get("/_admin/fixtures?vendor=flowdock").then().statusCode(200).extract().asString();
        assertThat(first).contains("\"integrationSources\"", "\"messageThreads\"", "\"roomInvitations\"")
                .doesNotContain(JOE, SOURCE_TOKEN, "mike-password");
        given().contentType(ContentType.JSON).body(first).post("/_admin/fixtures").then().statusCode(201);
        String second = given().get("/_admin/fixtures?vendor=flowdock").then().statusCode(200).extract().asString();
        assertThat(second).isEqualTo(first);
        // the reloaded source still authenticates with its token, the removed one is still gone
        given().get("/flowdock/sources?flow_token=" + SOURCE_TOKEN).then().statusCode(200).body("name", contains("Example"));
        given().get("/flowdock/sources?flow_token=" + REMOVED_SOURCE_TOKEN).then().statusCode(410);
        as(STEVIE).get("/flowdock/flows/acme/another-flow/threads").then().body("title", contains("Fix bug in thread API"));
    }

    @Test
    void eachMembersOwnOpenStateSurvivesExportAndLoad() {
        as(JOE).contentType(ContentType.JSON).body("{\"open\":false}").put("/flowdock/flows/acme/my-flow")
                .then().statusCode(200).body("open", equalTo(false));
        String exported = given().get("/_admin/fixtures?vendor=flowdock").then().statusCode(200).extract().asString();
        assertThat(exported).contains("{\"account\":\"joe\",\"admin\":false,\"blocked\":false,\"open\":false}");

        resetService.resetAll();
        as(JOE).get("/flowdock/flows/acme/my-flow").then().body("open", equalTo(true));
        given().contentType(ContentType.JSON).body(exported).post("/_admin/fixtures").then().statusCode(201);

        as(JOE).get("/flowdock/flows/acme/my-flow").then().statusCode(200).body("open", equalTo(false));
        as(MIKE).get("/flowdock/flows/acme/my-flow").then().statusCode(200).body("open", equalTo(true));
        assertThat(given().get("/_admin/fixtures?vendor=flowdock").then().extract().asString()).isEqualTo(exported);
    }

    @Test
    void theControlPlaneListsTheDemoCredentials() {
        given().get("/_admin/credentials?vendor=flowdock").then().statusCode(200)
                .body("flowdock.find { it.secret == 'deadbeefdeadbeef' }.account", equalTo("mike"))
                .body("flowdock.find { it.secret == 'mike-password' }.email", equalTo("mike@example.com"));
    }

    @Test
    void theOpenApiGroupListsTheEndpointsWithoutServerSideParameters() {
        String docs = given().get("/v3/api-docs/flowdock").then().statusCode(200).extract().asString();
        assertThat(docs).contains("\"/flowdock/flows/{org}/{flow}/messages\"", "\"/flowdock/v1/messages/chat/{tokens}\"",
                "\"/flowdock/stream/flows\"").doesNotContain("\"name\":\"caller\"", "\"name\":\"params\"");
    }

    @Test
    void theRestRateLimitIsOffByDefault() {
        assertThat(vendors.byKey("flowdock").orElseThrow().rateLimit().enabled()).isFalse();
    }
}
