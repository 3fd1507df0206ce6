package dev.teamgate.commflow;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

class CommFlowAuthServerTest extends CommFlowServerTest {

    static final String DEVELOPER_ME =
            "{\"id\":\"user_123\",\"email\":\"developer@company.com\",\"name\":\"Developer\","
                    + "\"workspace\":{\"id\":\"ws_456\",\"name\":\"My Workspace\"}}";

    @Test
    void meAnswersExactlyAsInTheDocsQuickStart() {
        as(LIVE).get("/commflow/v1/me")
                .then().statusCode(200).contentType("application/json").body(equalTo(DEVELOPER_ME));
    }

    @Test
    void theDocsOwnExampleKeysWork() {
        as("sk_live_xxxxx").get("/commflow/v1/me").then().statusCode(200).body(equalTo(DEVELOPER_ME));
        as("sk_live_xxxxxxxxxxxxx").get("/commflow/v1/me").then().statusCode(200).body(equalTo(DEVELOPER_ME));
    }

    @Test
    void aTestKeyIsTheSameUserAndWorkspaceSeenFromTestMode() {
        as(TEST).get("/commflow/v1/me").then().statusCode(200).body(equalTo(DEVELOPER_ME));
    }

    @Test
    void meNamesTheKeysOwnUser() {
        as(READ_ONLY).get("/commflow/v1/me").then().statusCode(200)
                .body(equalTo("{\"id\":\"user_124\",\"email\":\"alex@company.com\",\"name\":\"Alex Agent\","
                        + "\"workspace\":{\"id\":\"ws_456\",\"name\":\"My Workspace\"}}"));
        as(STARTER).get("/commflow/v1/me").then().statusCode(200)
                .body(equalTo("{\"id\":\"user_200\",\"email\":\"stella@starter.example\",\"name\":\"Stella Starter\","
                        + "\"workspace\":{\"id\":\"ws_starter\",\"name\":\"Starter Co\"}}"));
    }

    @Test
    void noKeyIsA401AuthenticationError() {
        given().get("/commflow/v1/me").then().statusCode(401).contentType("application/json")
                .body(equalTo(error("authentication_error", "missing_api_key",
                        "No API key provided. Send it in the header 'Authorization: Bearer sk_live_...'.", null)));
    }

    @Test
    void aNonBearerHeaderIsA401() {
        given().header("Authorization", "Basic c2tfbGl2ZV94eHh4eDo=").get("/commflow/v1/me")
                .then().statusCode(401).body(equalTo(error("authentication_error", "invalid_authorization_header",
                        "The Authorization header must have the form 'Bearer <API key or access token>'.", null)));
    }

    @Test
    void anUnknownKeyIsA401ThatShowsOnlyItsEnd() {
        as("sk_live_doesnotexist1234").get("/commflow/v1/me")
                .then().statusCode(401).body(equalTo(error("authentication_error", "invalid_api_key",
                        "Invalid API key provided: sk_live_****1234.", null)));
    }

    @Test
    void aRevokedKeyIsA401() {
        as(REVOKED).get("/commflow/v1/me")
                .then().statusCode(401).body(equalTo(error("authentication_error", "api_key_revoked",
                        "This API key has been revoked: sk_live_****oked.", null)));
    }

    @Test
    void anUnknownAccessTokenIsA401() {
        as("cf_at_nothing").get("/commflow/v1/me")
                .then().statusCode(401).body(equalTo(error("authentication_error", "invalid_access_token",
                        "Invalid API key or access token provided.", null)));
    }

    @Test
    void aLiveKeyWithATestPrefixIsRefused() {
        // Same secret body, other mode prefix: a different (unknown) key.
        as("sk_test_teamgate_readonly").get("/commflow/v1/me").then().statusCode(401)
                .body("error.code", equalTo("invalid_api_key"));
    }

    @Test
    void keysAreCheckedAgainstExpiryModeAndTheirWorkspace() {
        String fixture = """
                {"workspaces":[{"vendor":"commflow","slug":"odd","externalId":"ws_odd","name":"Odd","plan":"starter",
                  "accounts":[{"slug":"o","externalId":"user_o","name":"O","role":"OWNER"}],
                  "credentials":[
                    {"kind":"API_KEY","account":"o","secret":"sk_live_expired_key_0001","expiresAt":"2026-01-31T00:00:00Z"},
                    {"kind":"API_KEY","account":"o","secret":"sk_test_misplaced_key_02"}]},
                 {"vendor":"commflow","slug":"locked","externalId":"ws_locked","name":"Locked","apiAccess":false,
                  "accounts":[{"slug":"o","externalId":"user_l","name":"L","role":"OWNER"}],
                  "credentials":[{"kind":"API_KEY","account":"o","secret":"sk_live_locked_key_0003"}]}]}""";
        given().contentType("application/json").body(fixture).post("/_admin/fixtures").then().statusCode(201);
        as("sk_live_expired_key_0001").get("/commflow/v1/me").then().statusCode(401)
                .body(equalTo(error("authentication_error", "api_key_expired",
                        "This API key has expired: sk_live_****0001.", null)));
        // A test key stored in a live workspace must not reach live data.
        as("sk_test_misplaced_key_02").get("/commflow/v1/me").then().statusCode(401)
                .body("error.code", equalTo("invalid_api_key"));
        as("sk_live_locked_key_0003").get("/commflow/v1/me").then().statusCode(403)
                .body(equalTo(error("authorization_error", "api_access_disabled",
                        "API access is disabled for this workspace.", null)));
    }

    @Test
    void anUnknownPathWithAValidKeyIsA404InTheCommFlowShape() {
        as(LIVE).get("/commflow/v1/nothing-here").then().statusCode(404)
                .body(equalTo(error("not_found_error", "resource_not_found", "No such endpoint.", null)));
    }

    @Test
    void aWrongMethodIsA405WithAllow() {
        as(LIVE).delete("/commflow/v1/me").then().statusCode(405).header("Allow", "GET")
                .body("error.type", equalTo("invalid_request_error"))
                .body("error.code", equalTo("method_not_allowed"));
    }
}
