package dev.teamgate.commflow;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

/** RFC 6750 challenges on refusals and a JSON answer whatever {@code Accept} asks for. */
class CommFlowWireConformanceServerTest extends CommFlowServerTest {

    @Test
    void noCredentialsGetTheBareBearerChallenge() {
        given().get("/commflow/v1/me").then().statusCode(401)
                .header("WWW-Authenticate", equalTo("Bearer realm=\"CommFlow\""));
    }

    @Test
    void aMalformedHeaderIsAnInvalidRequestChallenge() {
        given().header("Authorization", "Basic c2tfbGl2ZV94eHh4eDo=").get("/commflow/v1/me").then().statusCode(401)
                .header("WWW-Authenticate", equalTo("Bearer realm=\"CommFlow\", error=\"invalid_request\", "
                        + "error_description=\"The Authorization header must use the Bearer scheme\""));
    }

    @Test
    void unknownAndRevokedCredentialsAreInvalidTokenChallenges() {
        as("sk_live_doesnotexist1234").get("/commflow/v1/me").then().statusCode(401)
                .header("WWW-Authenticate", equalTo("Bearer realm=\"CommFlow\", error=\"invalid_token\", "
                        + "error_description=\"The credential is unknown\""));
        as(REVOKED).get("/commflow/v1/me").then().statusCode(401)
                .header("WWW-Authenticate", equalTo("Bearer realm=\"CommFlow\", error=\"invalid_token\", "
                        + "error_description=\"The credential has been revoked\""));
        as("cf_at_nothing").get("/commflow/v1/me").then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer realm=\"CommFlow\", error=\"invalid_token\""));
    }

    @Test
    void aMissingScopeIsAnInsufficientScopeChallenge() {
        asJson(READ_ONLY, "{\"email\":\"x@y.co\"}").post("/commflow/v1/contacts").then().statusCode(403)
                .header("WWW-Authenticate", equalTo("Bearer realm=\"CommFlow\", error=\"insufficient_scope\", "
                        + "scope=\"write:contacts\""));
    }

    @Test
    void acceptTextPlainOrHtmlStillAnswersJson() {
        for (String accept : new String[] {"text/plain", "text/html", "text/html,application/xhtml+xml;q=0.9"}) {
            as(LIVE).accept(accept).get("/commflow/v1/me").then().statusCode(200)
                    .contentType("application/json").body(equalTo(CommFlowAuthServerTest.DEVELOPER_ME));
            as(LIVE).accept(accept).get("/commflow/v1/contacts").then().statusCode(200)
                    .contentType("application/json").body("meta.total_count", equalTo(3));
        }
    }

    @Test
    void errorsAnswerJsonUnderAcceptTextPlainToo() {
        as(LIVE).accept("text/plain").get("/commflow/v1/contacts/contact_nope").then().statusCode(404)
                .contentType("application/json").body("error.code", equalTo("resource_not_found"));
    }
}
