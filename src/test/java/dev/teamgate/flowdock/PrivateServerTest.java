package dev.teamgate.flowdock;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.restassured.http.ContentType;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PrivateServerTest extends FlowdockServerTest {

    @BeforeEach
    void freezeTime() {
        clock.freeze(Instant.parse("2026-05-01T09:00:00Z"));
    }

    @Test
    void listsTheCallersPrivateConversations() {
        String body = as(MIKE).get("/flowdock/private").then().statusCode(200).extract().asString();
        assertMatches("private-mike", body);
        as(JOE).get("/flowdock/private").then().body("id", contains(2)).body("[0].name", equalTo("@Mike"));
        as(STEVIE).get("/flowdock/private").then().body("", hasSize(0));
    }

    @Test
    void gettingAConversationWithSomeoneNewStartsAClosedOne() {
        as(MIKE).get("/flowdock/private/42").then().statusCode(200)
                .body("id", equalTo(42)).body("open", equalTo(false)).body("name", equalTo("@Stevie"))
                .body("users.id", contains(2, 42));
        as(MIKE).get("/flowdock/private").then().body("id", contains(9, 42));
        as(MIKE).get("/flowdock/private/100").then().statusCode(200).body("name", equalTo("@Hubot"));
        // Joe and Hubot share no organization
        as(JOE).get("/flowdock/private/100").then().statusCode(404).body(equalTo("{\"message\":\"User not found\"}"));
        as(JOE).get("/flowdock/private/9").then().statusCode(404);
    }

    @Test
    void closingAConversationClosesItOnlyForTheCaller() {
        as(MIKE).contentType(ContentType.JSON).body("{\"open\":true}").put("/flowdock/private/9").then().statusCode(200);
        as(JOE).contentType(ContentType.JSON).body("{\"open\":true}").put("/flowdock/private/2").then().statusCode(200);
        as(MIKE).contentType(ContentType.JSON).body("{\"open\":false}").put("/flowdock/private/9")
                .then().statusCode(200).body("open", equalTo(false));
        as(MIKE).get("/flowdock/private/9").then().body("open", equalTo(false));
        as(JOE).get("/flowdock/private/2").then().body("open", equalTo(true));
    }

    @Test
    void closesAndOpensAConversation() {
        as(MIKE).contentType(ContentType.JSON).body("{\"open\":false}").put("/flowdock/private/9")
                .then().statusCode(200).body("open", equalTo(false));
        as(JOE).contentType(ContentType.JSON).body("{\"event\":\"message\",\"content\":\"ping\"}")
                .post("/flowdock/private/2/messages").then().statusCode(200).body(equalTo("{}"));
        as(MIKE).get("/flowdock/private/9").then().body("open", equalTo(true));
    }

    @Test
    void listsAndShowsPrivateMessagesWithTheirRecipient() {
        String body = as(MIKE).get("/flowdock/private/9/messages").then().statusCode(200).extract().asString();
        assertMatches("private-messages-mike-joe", body);
        as(JOE).get("/flowdock/private/2/messages?limit=1").then().body("id", contains(2));
        as(JOE).get("/flowdock/private/2/messages/1").then().statusCode(200)
                .body("content", equalTo("Secret message")).body("to", equalTo("9"));
        as(JOE).get("/flowdock/private/2/messages/3").then().statusCode(404);
        as(STEVIE).get("/flowdock/private/2/messages").then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void sendsAPrivateMessage() {
        as(MIKE).header("X-flowdock-wait-for-message", "true").contentType(ContentType.JSON)
                .body("{\"event\":\"message\",\"content\":\"Howdy-Doo\"}")
                .post("/flowdock/private/42/messages").then().statusCode(200)
                .body("id", equalTo(1)).body("user", equalTo("2")).body("to", equalTo("42"))
                .body("content", equalTo("Howdy-Doo"));
        as(STEVIE).get("/flowdock/private/2/messages").then().body("content", contains("Howdy-Doo"));
        as(STEVIE).get("/flowdock/private").then().body("id", contains(2)).body("[0].open", equalTo(true));
    }

    @Test
    void onlyMessageEventsAndValidContentArePrivate() {
        as(MIKE).contentType(ContentType.JSON).body("{\"event\":\"status\",\"content\":\"x\"}")
                .post("/flowdock/private/9/messages").then().statusCode(400)
                .body(equalTo("{\"message\":\"Validation error\",\"errors\":{\"event\":[\"is not included in the list\"]}}"));
        as(MIKE).contentType(ContentType.JSON).body("{\"event\":\"message\",\"content\":\"" + "y".repeat(8097) + "\"}")
                .post("/flowdock/private/9/messages").then().statusCode(400)
                .body("errors.content[0]", equalTo("is too long (maximum is 8096 characters)"));
        as(MIKE).get("/flowdock/private/9/messages").then().body("id", contains(1, 2));
    }
}
