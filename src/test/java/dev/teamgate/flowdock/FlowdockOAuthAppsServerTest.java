package dev.teamgate.flowdock;

import static dev.teamgate.flowdock.FlowdockOAuthServerTest.CALLBACK;
import static dev.teamgate.flowdock.FlowdockOAuthServerTest.CLIENT;
import static dev.teamgate.flowdock.FlowdockOAuthServerTest.browser;
import static dev.teamgate.flowdock.FlowdockOAuthServerTest.decode;
import static dev.teamgate.flowdock.FlowdockOAuthServerTest.exchange;
import static dev.teamgate.flowdock.FlowdockOAuthServerTest.query;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Flowdock OAuth applications from the control plane, and the OAuth endpoints in the OpenAPI group. */
class FlowdockOAuthAppsServerTest extends FlowdockServerTest {

    @Test
    void theOpenApiGroupDescribesTheOAuthEndpointsUnderTheirOwnTag() {
        given().get("/v3/api-docs/flowdock").then().statusCode(200)
                .body("paths.'/flowdock/oauth/token'.post.tags", equalTo(java.util.List.of("OAuth")))
                .body("paths.'/flowdock/oauth/token'.post.summary", equalTo("Get tokens"))
                .body("paths.'/flowdock/oauth/token'.post.parameters", nullValue())
                .body("paths.'/flowdock/oauth/authorize'.get.tags", equalTo(java.util.List.of("OAuth")))
                .body("paths.'/flowdock/oauth/authorize'.get.parameters.name", equalTo(java.util.List.of(
                        "client_id", "response_type", "redirect_uri", "scope", "state", "auto_approve", "user")));
    }

    @Test
    void applicationsComeFromTheControlPlaneAndTheirTokensStayInTheirOrganization() {
        Response created = given().contentType(ContentType.JSON)
                .body("{\"organization\":\"organization\",\"name\":\"Bot\",\"redirectUris\":[\"" + CALLBACK + "\"],"
                        + "\"scopes\":[\"flow\"],\"autoApprove\":true,\"user\":\"100\"}")
                .post("/_admin/flowdock/oauth-apps").then().statusCode(201)
                .body("organization", equalTo("organization")).body("user", equalTo("100"))
                .extract().response();
        String clientId = created.path("clientId");
        String secret = created.path("clientSecret");
        given().get("/_admin/flowdock/oauth-apps/" + clientId).then().statusCode(200)
                .body("clientSecret", nullValue()).body("scopes", equalTo(java.util.List.of("flow")));

        // Joe is not in "organization": he can neither approve nor sign in through its app.
        browser().queryParam("client_id", clientId).queryParam("response_type", "code").queryParam("scope", "flow")
                .queryParam("user", "9").get("/flowdock/oauth/authorize").then().statusCode(400)
                .body(equalTo("{\"error\":\"invalid_request\",\"error_description\":"
                        + "\"No active user 9 in the application's organization\"}"));
        given().contentType(ContentType.URLENC).formParam("grant_type", "password").formParam("scope", "flow")
                .formParam("username", "joe@example.com").formParam("password", "joe-password")
                .formParam("client_id", clientId).formParam("client_secret", secret)
                .post("/flowdock/oauth/token").then().statusCode(400).body("error", equalTo("invalid_grant"));
        // A code of one application is nothing to another.
        Response approved = browser().queryParam("client_id", clientId).queryParam("response_type", "code")
                .queryParam("scope", "flow").get("/flowdock/oauth/authorize");
        String code = query(approved.header("Location")).get("code");
        exchange(code, CALLBACK).then().statusCode(400)
                .body(equalTo("{\"error\":\"invalid_grant\",\"error_description\":\"The authorization code is invalid\"}"));
        // The app may not ask for more than its scopes.
        Response tooMuch = browser().queryParam("client_id", clientId).queryParam("response_type", "code")
                .queryParam("scope", "flow manage").get("/flowdock/oauth/authorize");
        assertThat(query(tooMuch.header("Location"))).containsEntry("error", "invalid_scope");

        Map<String, String> tokens = decode(given().contentType(ContentType.URLENC)
                .formParam("grant_type", "authorization_code").formParam("code", code).formParam("redirect_uri", CALLBACK)
                .formParam("client_id", clientId).formParam("client_secret", secret)
                .post("/flowdock/oauth/token").then().statusCode(200).extract().asString());
        given().header("Authorization", "Bearer " + tokens.get("access_token")).get("/flowdock/flows")
                .then().statusCode(200).header("Flowdock-User", "100");

        given().delete("/_admin/flowdock/oauth-apps/" + clientId).then().statusCode(204);
        given().header("Authorization", "Bearer " + tokens.get("access_token")).get("/flowdock/flows").then().statusCode(401);
        given().get("/_admin/flowdock/oauth-apps").then().statusCode(200).body("count", equalTo(1))
                .body("apps[0].clientId", equalTo(CLIENT));
    }

    @Test
    void badInputIsRefusedInTheRightShapeAndChangesNothing() {
        given().contentType(ContentType.JSON).body("{\"client_id\":{\"x\":1},\"grant_type\":\"password\"}")
                .post("/flowdock/oauth/token").then().statusCode(400)
                .body(equalTo("{\"error\":\"invalid_request\",\"error_description\":\"client_id must be a string\"}"));
        given().contentType(ContentType.JSON).body("{\"grant_type\":").post("/flowdock/oauth/token")
                .then().statusCode(400).contentType("application/json");
        given().contentType(ContentType.URLENC).formParam("grant_type", "password").formParam("client_id", CLIENT)
                .formParam("client_secret", FlowdockOAuthServerTest.SECRET)
                .post("/flowdock/oauth/token").then().statusCode(400)
                .body(equalTo("{\"error\":\"invalid_request\",\"error_description\":\"username and password are required\"}"));

        given().contentType(ContentType.JSON).body("{\"organization\":\"acme\",\"name\":\"X\",\"redirectUris\":[\"not a uri\"]}")
                .post("/_admin/flowdock/oauth-apps").then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{\"organization\":\"acme\",\"name\":\"X\","
                        + "\"redirectUris\":[\"http://x.example/cb\"],\"scopes\":[\"admin\"]}")
                .post("/_admin/flowdock/oauth-apps").then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{\"organization\":\"nowhere\",\"name\":\"X\","
                        + "\"redirectUris\":[\"http://x.example/cb\"]}")
                .post("/_admin/flowdock/oauth-apps").then().statusCode(404).contentType("application/problem+json");
        given().get("/_admin/flowdock/oauth-apps").then().statusCode(200).body("count", equalTo(1));
    }
}
