package dev.teamgate.flowdock;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** Every way in that Flowdock offers, and every way of being turned away. */
class AuthenticationServerTest extends FlowdockServerTest {

    @Test
    void anApiTokenWorksAsTheBasicUserWithAnyPasswordOrNone() {
        given().auth().preemptive().basic(MIKE, "").get("/flowdock/flows")
                .then().statusCode(200).header("Flowdock-User", "2");
        given().header("Authorization", "Basic ZGVhZGJlZWZkZWFkYmVlZg==") // "deadbeefdeadbeef" without a colon
                .get("/flowdock/flows").then().statusCode(200).header("Flowdock-User", "2");
        given().auth().preemptive().basic(JOE, "undefined").get("/flowdock/flows")
                .then().statusCode(200).header("Flowdock-User", "9");
    }

    @Test
    void emailAndPasswordWork() {
        given().auth().preemptive().basic("joe@example.com", "joe-password").get("/flowdock/flows")
                .then().statusCode(200).header("Flowdock-User", "9");
        given().auth().preemptive().basic("JOE@example.com", "wrong").get("/flowdock/flows")
                .then().statusCode(401).header("Flowdock-User", nullValue())
                .body(equalTo("{\"message\":\"Invalid email or password\"}"));
    }

    @Test
    void oauthTokensWorkAsBearerOrAccessTokenParameter() {
        given().header("Authorization", "Bearer " + MIKE_OAUTH).get("/flowdock/flows")
                .then().statusCode(200).header("Flowdock-User", "2");
        given().get("/flowdock/flows?access_token=" + MIKE_OAUTH)
                .then().statusCode(200).header("Flowdock-User", "2");
        given().header("Authorization", "Bearer nope").get("/flowdock/flows")
                .then().statusCode(401).body(equalTo("{\"message\":\"Invalid access token\"}"));
        // an API token is no OAuth token
        given().header("Authorization", "Bearer " + MIKE).get("/flowdock/flows").then().statusCode(401);
    }

    @Test
    void anOauthTokenIsLimitedToItsScopes() {
        given().header("Authorization", "Bearer " + JOE_OAUTH_FLOW_ONLY).get("/flowdock/flows").then().statusCode(200);
        given().header("Authorization", "Bearer " + JOE_OAUTH_FLOW_ONLY).get("/flowdock/private")
                .then().statusCode(403)
                .body(equalTo("{\"message\":\"The access token does not have the private scope\"}"));
    }

    @Test
    void missingWrongAndRevokedCredentialsAre401WithAJsonBody() {
        given().get("/flowdock/flows").then().statusCode(401).contentType(ContentType.JSON)
                .header("Flowdock-User", nullValue())
                .body(equalTo("{\"message\":\"Authentication required\"}"));
        as("not-a-token").get("/flowdock/flows").then().statusCode(401)
                .body(equalTo("{\"message\":\"Invalid API token\"}"));
        as(REVOKED).get("/flowdock/flows").then().statusCode(401)
                .body(equalTo("{\"message\":\"Invalid API token\"}"));
        given().header("Authorization", "Digest abc").get("/flowdock/flows").then().statusCode(401)
                .body(equalTo("{\"message\":\"Invalid authorization header\"}"));
    }

    @Test
    void aFlowTokenIsNoUser() {
        given().get("/flowdock/flows?flow_token=" + SOURCE_TOKEN).then().statusCode(401)
                .body(equalTo("{\"message\":\"Authentication required\"}"));
    }

    @Test
    void unknownPathsAndWrongMethodsAnswerInFlowdocksShape() {
        as(MIKE).get("/flowdock/nothing/here").then().statusCode(404)
                .body(equalTo("{\"message\":\"No such endpoint\"}"));
        as(MIKE).delete("/flowdock/flows").then().statusCode(405)
                .header("Allow", equalTo("GET"))
                .body(equalTo("{\"message\":\"Method DELETE is not allowed here\"}"));
    }
}
