package dev.teamgate.commflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

class CommFlowMessagesServerTest extends CommFlowServerTest {

    @Test
    void listsAConversationsMessagesOldestFirst() {
        assertJson(as(LIVE).get("/commflow/v1/conversations/conv_123/messages").then().statusCode(200).extract().response(),
                contract("messages_conv_123.json"));
        as(LIVE).get("/commflow/v1/conversations/conv_123/messages?order=desc").then()
                .body("data.id", contains("msg_789", "msg_788"));
    }

    @Test
    void pagesThroughMessagesWithLinks() {
        as(LIVE).get("/commflow/v1/conversations/conv_123/messages?per_page=1&page=2").then().statusCode(200)
                .body("data.id", contains("msg_789"))
                .body("meta.total_pages", equalTo(2))
                .body("links.prev", equalTo("/commflow/v1/conversations/conv_123/messages?page=1&per_page=1"))
                .body("links.next", equalTo(null));
    }

    @Test
    void sendsTheDocsExampleMessage() {
        // The request of the docs' "Request Format" section, with the docs' own key.
        var sent = given("sk_live_xxxxx").body("{\n\"body\": \"Hello, how can I help?\",\n\"type\": \"comment\"\n}")
                .post("/commflow/v1/conversations/conv_123/messages").then().statusCode(201).extract().response();
        String id = sent.path("data.id");
        assertThat(id).matches("msg_[a-z0-9]{16}");
        assertJson(sent, """
                {"data":{"id":"%s","conversation_id":"conv_123","body":"Hello, how can I help?","type":"comment",
                 "author":{"id":"user_123","name":"Developer"},"created_at":"2026-02-01T12:00:00Z"}}""".formatted(id));
        as(LIVE).get("/commflow/v1/conversations/conv_123/messages").then()
                .body("data.id", contains("msg_788", "msg_789", id))
                .body("meta.total_count", equalTo(3));
        as(LIVE).get("/commflow/v1/conversations/conv_123").then().body("data.updated_at", equalTo("2026-02-01T12:00:00Z"));
    }

    @Test
    void theTypeDefaultsToCommentAndMustBeKnown() {
        asJson(LIVE, "{\"body\":\"Internal\",\"type\":\"note\"}").post("/commflow/v1/conversations/conv_124/messages")
                .then().statusCode(201).body("data.type", equalTo("note"));
        asJson(LIVE, "{\"body\":\"Plain\"}").post("/commflow/v1/conversations/conv_124/messages")
                .then().statusCode(201).body("data.type", equalTo("comment"));
        asJson(LIVE, "{\"body\":\"x\",\"type\":\"shout\"}").post("/commflow/v1/conversations/conv_124/messages")
                .then().statusCode(422).body(equalTo(error("invalid_request_error", "invalid_parameter",
                        "The 'type' field must be one of: comment, note, reply.", "type")));
        asJson(LIVE, "{\"type\":\"comment\"}").post("/commflow/v1/conversations/conv_124/messages")
                .then().statusCode(422).body(equalTo(error("invalid_request_error", "invalid_parameter",
                        "The 'body' field is required.", "body")));
        asJson(LIVE, "{\"body\":\"" + "b".repeat(100_001) + "\"}").post("/commflow/v1/conversations/conv_124/messages")
                .then().statusCode(422).body("error.message", equalTo("The 'body' field must be at most 100000 characters."));
        as(LIVE).get("/commflow/v1/conversations/conv_124/messages").then().body("meta.total_count", equalTo(3));
    }

    @Test
    void anUnknownConversationIsA404EvenWithABadBody() {
        asJson(LIVE, "{}").post("/commflow/v1/conversations/conv_999/messages").then().statusCode(404)
                .body("error.message", equalTo("No such conversation: 'conv_999'."));
        as(LIVE).get("/commflow/v1/conversations/conv_999/messages").then().statusCode(404);
    }

    @Test
    void listsTakeNoFilters() {
        as(LIVE).get("/commflow/v1/conversations/conv_123/messages?type=comment").then().statusCode(400)
                .body("error.code", equalTo("unknown_parameter")).body("error.param", equalTo("type"));
        as(LIVE).get("/commflow/v1/conversations/conv_123/messages?sort=updated_at").then().statusCode(400)
                .body("error.param", equalTo("sort"));
        as(LIVE).get("/commflow/v1/conversations/conv_123/messages?q=billing").then().statusCode(400)
                .body(equalTo(error("invalid_request_error", "unknown_parameter",
                        "Unknown parameter 'q'. This list accepts: page, per_page, sort, order.", "q")));
    }

    @Test
    void readingNeedsReadAndSendingNeedsWriteConversations() {
        as(READ_ONLY).get("/commflow/v1/conversations/conv_123/messages").then().statusCode(200);
        asJson(READ_ONLY, "{\"body\":\"x\"}").post("/commflow/v1/conversations/conv_123/messages").then().statusCode(403)
                .body("error.type", equalTo("authorization_error"));
        as(LIVE).get("/commflow/v1/conversations/conv_123/messages").then().body("meta.total_count", equalTo(2));
    }

    private static io.restassured.specification.RequestSpecification given(String key) {
        return as(key).contentType(ContentType.JSON);
    }
}
