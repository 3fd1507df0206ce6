package dev.teamgate.commflow;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import dev.teamgate.platform.nativeport.NativePorts;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** CommFlow's place in the platform: native port, fixtures, journal, OpenAPI and demo credentials. */
class CommFlowPlatformServerTest extends CommFlowServerTest {

    @Autowired NativePorts nativePorts;

    @Test
    void theNativePortServesTheDocsPathsAndLinksWithoutThePrefix() {
        int nativePort = nativePorts.actualPort("commflow");
        given().port(nativePort).header("Authorization", "Bearer sk_live_xxxxx").get("/v1/me")
                .then().statusCode(200).body("workspace.id", equalTo("ws_456"));
        given().port(nativePort).header("Authorization", "Bearer " + LIVE).get("/v1/conversations?per_page=1")
                .then().statusCode(200)
                .body("links.first", equalTo("/v1/conversations?page=1&per_page=1"))
                .body("links.next", equalTo("/v1/conversations?page=2&per_page=1"));
        given().port(nativePort).get("/v1/me").then().statusCode(401).body("error.type", equalTo("authentication_error"));
        given().port(nativePort).redirects().follow(false)
                .get("/oauth/authorize?response_type=code&client_id=cf_client_demo&auto_approve=true")
                .then().statusCode(302).header("Location", containsString("http://localhost:3000/oauth/callback?code="));
    }

    @Test
    void fixtureExportOfCommFlowLoadsBackIntoTheSameState() {
        asJson(LIVE, "{\"url\":\"https://hooks.example/x\",\"events\":[\"*\"],\"secret\":\"export-secret\"}")
                .post("/commflow/v1/webhooks").then().statusCode(201);
        asJson(LIVE, "{\"subject\":\"Exported\",\"tags\":[\"z\",\"a\"],\"custom_fields\":{\"k\":[1,2]},"
                + "\"message\":{\"body\":\"kept\"}}").post("/commflow/v1/conversations").then().statusCode(201);
        String first = given().get("/_admin/fixtures?workspace=commflow/my-workspace").then().statusCode(200)
                .extract().asString();
        assertThat(first).contains("\"conversations\"").contains("\"oauthApps\"").contains("\"webhooks\"")
                .contains("\"clientSecretHash\"").doesNotContain("cf_secret_demo")
                .doesNotContain("sk_live_teamgate_professional");
        given().contentType(ContentType.JSON).body(first).post("/_admin/fixtures").then().statusCode(201);
        String second = given().get("/_admin/fixtures?workspace=commflow/my-workspace").then().extract().asString();
        assertThat(second).isEqualTo(first);
        // The reloaded state works: keys (digests only), conversations with tags, the app's secret.
        as(LIVE).get("/commflow/v1/conversations?q=exported").then().body("data[0].tags", org.hamcrest.Matchers.contains("z", "a"))
                .body("data[0].custom_fields.k", org.hamcrest.Matchers.contains(1, 2));
        given().contentType(ContentType.URLENC).formParam("grant_type", "refresh_token").formParam("refresh_token", "x")
                .formParam("client_id", "cf_client_demo").formParam("client_secret", "cf_secret_demo")
                .post("/commflow/oauth/token").then().statusCode(400).body("error", equalTo("invalid_grant"));
    }

    @Test
    void badFixtureSectionsNameTheirField() {
        String bad = """
                {"workspaces":[{"vendor":"commflow","slug":"broken","name":"Broken",
                  "conversations":[{"room":"conv_nope","status":"open"}]}]}""";
        given().contentType(ContentType.JSON).body(bad).post("/_admin/fixtures").then().statusCode(400)
                .contentType("application/problem+json").body("param", equalTo("conversations[0].room"));
        String badApp = """
                {"workspaces":[{"vendor":"commflow","slug":"broken","name":"Broken",
                  "oauthApps":[{"clientId":"x","name":"X","clientSecret":"s","redirectUris":["#nope"]}]}]}""";
        given().contentType(ContentType.JSON).body(badApp).post("/_admin/fixtures").then().statusCode(400)
                .body("param", equalTo("oauthApps[0].redirectUris[0]"));
        String badHook = """
                {"workspaces":[{"vendor":"commflow","slug":"broken","name":"Broken",
                  "webhooks":[{"externalId":"wh_1","url":"https://x.example","secret":"s"}]}]}""";
        given().contentType(ContentType.JSON).body(badHook).post("/_admin/fixtures").then().statusCode(400)
                .body("param", equalTo("webhooks[0].events"));
        given().contentType(ContentType.JSON).body("{\"workspaces\":[{\"vendor\":\"commflow\",\"slug\":\"broken\",\"name\":\"B\","
                + "\"webhooks\":{\"not\":\"an array\"}}]}").post("/_admin/fixtures").then().statusCode(400)
                .body("param", equalTo("webhooks"));
    }

    @Test
    void theJournalMasksOAuthSecretsButKeepsErrorCodes() {
        given().contentType(ContentType.URLENC).formParam("grant_type", "refresh_token").formParam("refresh_token", "rt123")
                .formParam("client_id", "cf_client_demo").formParam("client_secret", "cf_secret_demo")
                .formParam("code_verifier", "v3rifier")
                .post("/commflow/oauth/token").then().statusCode(400);
        as(LIVE).get("/commflow/v1/tickets/ticket_nope").then().statusCode(404);
        given().get("/_admin/requests?vendor=commflow").then().statusCode(200)
                .body("requests[0].credential", equalTo("sk_live_t…"))
                .body("requests[0].responseBody.error.code", equalTo("resource_not_found"))
                .body("requests[1].credential", equalTo(null))
                .body("requests[1].requestBody", not(containsString("cf_secret_demo")))
                .body("requests[1].requestBody", not(containsString("rt123")))
                .body("requests[1].requestBody", not(containsString("v3rifier")))
                .body("requests[1].requestBody", containsString("client_id=cf_client_demo"));
    }

    @Test
    void demoCredentialsAndOpenApiGroupAreThere() {
        given().get("/_admin/credentials?vendor=commflow").then().statusCode(200)
                .body("commflow.secret", hasItems(LIVE, TEST, READ_ONLY, STARTER, BUSINESS, "sk_live_xxxxx",
                        "sk_test_teamgate_starter", "sk_test_teamgate_business"))
                .body("commflow.find { it.secret == 'sk_live_teamgate_readonly' }.scopes",
                        org.hamcrest.Matchers.contains("read:conversations", "contacts:read", "tickets:read"));
        given().get("/v3/api-docs/commflow").then().statusCode(200)
                .body("paths.keySet()", hasItems("/commflow/v1/me", "/commflow/v1/conversations",
                        "/commflow/v1/conversations/{conversationId}/messages", "/commflow/v1/contacts/{id}",
                        "/commflow/v1/tickets", "/commflow/v1/webhooks", "/commflow/oauth/token"))
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"))
                // Swagger UI's "try it out" gets the real query parameters, not the caller or a raw map.
                .body("paths.'/commflow/v1/contacts'.get.parameters.name",
                        org.hamcrest.Matchers.contains("page", "per_page", "sort", "order", "q", "email", "created_after",
                                "created_before"))
                .body("paths.'/commflow/v1/me'.get.parameters", equalTo(null))
                .body("paths.'/commflow/v1/tickets/{id}'.get.parameters.name", org.hamcrest.Matchers.contains("id"));
        given().get("/v3/api-docs/admin").then().statusCode(200)
                .body("paths.keySet()", hasItem("/_admin/commflow/oauth-apps"));
    }
}
