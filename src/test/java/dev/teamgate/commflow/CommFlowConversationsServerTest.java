package dev.teamgate.commflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.emptyIterable;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

class CommFlowConversationsServerTest extends CommFlowServerTest {

    @Test
    void listsNewestFirstWithEveryField() {
        assertJson(as(LIVE).get("/commflow/v1/conversations?page=1&per_page=25").then().statusCode(200).extract().response(),
                contract("conversations_list.json"));
    }

    @Test
    void theDocsFilterExamplesWork() {
        as(LIVE).get("/commflow/v1/conversations?created_after=2026-01-01").then().statusCode(200)
                .body("data.id", contains("conv_125", "conv_124", "conv_123"));
        as(LIVE).urlEncodingEnabled(false).get("/commflow/v1/conversations?q=billing+issue").then().statusCode(200)
                .body("data.id", contains("conv_123"));
    }

    @Test
    void filtersByStatusChannelPriorityAssigneeAndTime() {
        as(LIVE).get("/commflow/v1/conversations?status=open").then().body("data.id", contains("conv_123"));
        as(LIVE).get("/commflow/v1/conversations?status=open,closed").then().body("data.id", contains("conv_125", "conv_123"));
        as(LIVE).get("/commflow/v1/conversations?channel=chat").then().body("data.id", contains("conv_124"));
        as(LIVE).get("/commflow/v1/conversations?priority=urgent").then().body("data.id", contains("conv_124"));
        as(LIVE).get("/commflow/v1/conversations?assignee=user_123").then().body("data.id", contains("conv_123"));
        as(LIVE).get("/commflow/v1/conversations?assignee=none").then().body("data.id", contains("conv_125"));
        as(LIVE).get("/commflow/v1/conversations?created_after=2026-01-16&created_before=2026-01-17").then()
                .body("data.id", contains("conv_124"));
        as(LIVE).get("/commflow/v1/conversations?channel=fax").then().statusCode(400)
                .body(equalTo(error("invalid_request_error", "invalid_parameter",
                        "The 'channel' parameter must be one of: email, chat, form, api.", "channel")));
        as(LIVE).get("/commflow/v1/conversations?email=*@company.com").then().statusCode(400)
                .body("error.code", equalTo("unknown_parameter")).body("error.param", equalTo("email"));
    }

    @Test
    void searchLooksAtSubjectContactAndMessages() {
        as(LIVE).get("/commflow/v1/conversations?q=password").then().body("data.id", contains("conv_124"));
        as(LIVE).get("/commflow/v1/conversations?q=jane").then().body("data.id", contains("conv_123"));
        as(LIVE).get("/commflow/v1/conversations?q=maria@example").then().body("data.id", contains("conv_125"));
        as(LIVE).get("/commflow/v1/conversations?q=DARK").then().body("data.id", contains("conv_125"));
        as(LIVE).get("/commflow/v1/conversations?q=100%25").then().body("data", emptyIterable());
    }

    @Test
    void sortsBySubjectPriorityStatusAndUpdate() {
        as(LIVE).get("/commflow/v1/conversations?sort=subject").then()
                .body("data.id", contains("conv_124", "conv_125", "conv_123"));
        as(LIVE).get("/commflow/v1/conversations?sort=priority&order=desc").then()
                .body("data.priority", contains("urgent", "high", "low"));
        as(LIVE).get("/commflow/v1/conversations?sort=status").then()
                .body("data.status", contains("closed", "open", "pending"));
        as(LIVE).get("/commflow/v1/conversations?sort=updated_at&order=asc").then()
                .body("data.id", contains("conv_123", "conv_124", "conv_125"));
    }

    @Test
    void getsOneConversationOr404() {
        assertJson(as(LIVE).get("/commflow/v1/conversations/conv_123").then().statusCode(200).extract().response(),
                contract("conversation_123.json"));
        as(LIVE).get("/commflow/v1/conversations/conv_999").then().statusCode(404)
                .body(equalTo(error("not_found_error", "resource_not_found", "No such conversation: 'conv_999'.", "id")));
    }

    @Test
    void createsAConversationAsInTheDocsWithContactAndFirstMessage() {
        var created = asJson(LIVE, """
                {"subject":"Question about invoices","contact":{"email":"new.person@example.com","name":"New Person"},
                 "message":{"body":"Where is my invoice?","type":"comment"},"channel":"api","priority":"normal",
                 "tags":["billing","invoices"]}""")
                .post("/commflow/v1/conversations").then().statusCode(201).extract().response();
        String id = created.path("data.id");
        String contactId = created.path("data.contact.id");
        assertThat(id).matches("conv_[a-z0-9]{16}");
        assertJson(created, """
                {"data":{"id":"%s","subject":"Question about invoices","status":"open","channel":"api","priority":"normal",
                 "assignee":null,"contact":{"id":"%s","name":"New Person","email":"new.person@example.com"},
                 "tags":["billing","invoices"],"custom_fields":{},
                 "created_at":"2026-02-01T12:00:00Z","updated_at":"2026-02-01T12:00:00Z"}}""".formatted(id, contactId));
        as(LIVE).get("/commflow/v1/conversations/" + id + "/messages").then().statusCode(200)
                .body("data.body", contains("Where is my invoice?"))
                .body("data[0].author.id", equalTo("user_123"));
        as(LIVE).get("/commflow/v1/contacts/" + contactId).then().statusCode(200);
        as(LIVE).get("/commflow/v1/conversations").then().body("data[0].id", equalTo(id)).body("meta.total_count", equalTo(4));
    }

    @Test
    void aMinimalConversationDefaultsToTheApiChannel() {
        asJson(LIVE, "{\"subject\":\"Hello\",\"contact\":\"contact_124\",\"assignee\":\"user_125\","
                + "\"custom_fields\":{\"order\":42,\"vip\":true}}")
                .post("/commflow/v1/conversations").then().statusCode(201)
                .body("data.channel", equalTo("api"))
                .body("data.status", equalTo("open"))
                .body("data.priority", equalTo("normal"))
                .body("data.contact.name", equalTo("John Smith"))
                .body("data.assignee.name", equalTo("Sam Support"))
                .body("data.custom_fields.order", equalTo(42))
                .body("data.custom_fields.vip", equalTo(true));
        as(LIVE).get("/commflow/v1/contacts").then().body("meta.total_count", equalTo(3));
    }

    @Test
    void badConversationBodiesAre422sAndCreateNothing() {
        asJson(LIVE, "{\"channel\":\"email\"}").post("/commflow/v1/conversations").then().statusCode(422)
                .body(equalTo(error("invalid_request_error", "invalid_parameter", "The 'subject' field is required.", "subject")));
        asJson(LIVE, "{\"subject\":\"x\",\"message\":{\"type\":\"comment\"}}").post("/commflow/v1/conversations")
                .then().statusCode(422)
                .body(equalTo(error("invalid_request_error", "invalid_parameter",
                        "The 'message.body' field is required.", "message.body")));
        asJson(LIVE, "{\"subject\":\"x\",\"contact\":{\"name\":\"Nobody\"}}").post("/commflow/v1/conversations")
                .then().statusCode(422).body("error.param", equalTo("contact.email"));
        asJson(LIVE, "{\"subject\":\"x\",\"tags\":\"billing\"}").post("/commflow/v1/conversations").then().statusCode(422)
                .body("error.message", equalTo("The 'tags' field must be an array of strings."));
        asJson(LIVE, "{\"subject\":\"x\",\"tags\":[" + "\"t\",".repeat(50) + "\"t\"]}").post("/commflow/v1/conversations")
                .then().statusCode(422).body("error.message", equalTo("The 'tags' field may hold at most 50 items."));
        asJson(LIVE, "{\"subject\":\"x\",\"custom_fields\":[1]}").post("/commflow/v1/conversations").then().statusCode(422)
                .body("error.param", equalTo("custom_fields"));
        asJson(LIVE, "{\"subject\":\"x\",\"custom_fields\":{\"big\":\"" + "x".repeat(10_001) + "\"}}")
                .post("/commflow/v1/conversations").then().statusCode(422).body("error.param", equalTo("custom_fields"));
        asJson(LIVE, "{\"subject\":\"" + "s".repeat(201) + "\"}").post("/commflow/v1/conversations").then().statusCode(422)
                .body("error.message", equalTo("The 'subject' field must be at most 200 characters."));
        asJson(LIVE, "{\"subject\":\"x\",\"channel\":\"pigeon\"}").post("/commflow/v1/conversations").then().statusCode(422)
                .body("error.param", equalTo("channel"));
        // A contact created on the way is rolled back with the failed conversation.
        asJson(LIVE, "{\"subject\":\"x\",\"contact\":{\"email\":\"ghost@new.example\"},\"assignee\":\"user_999\"}")
                .post("/commflow/v1/conversations").then().statusCode(422);
        as(LIVE).get("/commflow/v1/conversations").then().body("meta.total_count", equalTo(3));
        as(LIVE).get("/commflow/v1/contacts").then().body("meta.total_count", equalTo(3));
    }

    @Test
    void patchUpdatesStatusAssigneePriorityAndTags() {
        asJson(LIVE, "{\"status\":\"closed\",\"assignee\":\"user_124\",\"priority\":\"low\",\"tags\":[\"a\",\"b\",\"a\"]}")
                .patch("/commflow/v1/conversations/conv_123").then().statusCode(200)
                .body("data.status", equalTo("closed"))
                .body("data.assignee.id", equalTo("user_124"))
                .body("data.priority", equalTo("low"))
                .body("data.tags", contains("a", "b"))
                .body("data.subject", equalTo("Need help with billing"))
                .body("data.custom_fields.plan", equalTo("professional"))
                .body("data.updated_at", equalTo("2026-02-01T12:00:00Z"));
        asJson(LIVE, "{\"assignee\":null,\"custom_fields\":{}}").patch("/commflow/v1/conversations/conv_123").then()
                .statusCode(200).body("data.assignee", equalTo(null)).body("data.custom_fields", equalTo(java.util.Map.of()));
        asJson(LIVE, "{\"status\":\"resolved\"}").patch("/commflow/v1/conversations/conv_123").then().statusCode(422)
                .body("error.message", equalTo("The 'status' field must be one of: open, pending, closed."));
    }

    @Test
    void putResetsEverythingButTheChannel() {
        assertJson(asJson(LIVE, "{\"subject\":\"New subject\",\"channel\":\"chat\"}").put("/commflow/v1/conversations/conv_123")
                .then().statusCode(200).extract().response(), """
                {"data":{"id":"conv_123","subject":"New subject","status":"open","channel":"email","priority":"normal",
                 "assignee":null,"contact":null,"tags":[],"custom_fields":{},
                 "created_at":"2026-01-15T10:00:00Z","updated_at":"2026-02-01T12:00:00Z"}}""");
        // PUT accepts the body of a GET back, and a PUT that changes nothing keeps updated_at.
        var got = as(LIVE).get("/commflow/v1/conversations/conv_124").then().extract().response();
        String data = JSON.readTree(got.asString()).get("data").toString();
        asJson(LIVE, data).put("/commflow/v1/conversations/conv_124").then().statusCode(200)
                .body("data.assignee.id", equalTo("user_124"))
                .body("data.contact.id", equalTo("contact_124"))
                .body("data.tags", contains("login", "account"))
                .body("data.updated_at", equalTo("2026-01-16T08:00:00Z"));
    }

    @Test
    void deleteRemovesTheConversationAndItsMessagesButKeepsItsTicket() {
        as(LIVE).delete("/commflow/v1/conversations/conv_123").then().statusCode(204).body(equalTo(""));
        as(LIVE).get("/commflow/v1/conversations/conv_123").then().statusCode(404);
        as(LIVE).get("/commflow/v1/conversations/conv_123/messages").then().statusCode(404);
        as(LIVE).get("/commflow/v1/tickets/ticket_123").then().statusCode(200).body("data.conversation_id", equalTo(null));
        as(LIVE).get("/commflow/v1/conversations").then().body("data.id", contains("conv_125", "conv_124"));
        as(LIVE).delete("/commflow/v1/conversations/conv_123").then().statusCode(404);
    }

    @Test
    void aReadOnlyKeyCannotWriteConversations() {
        as(READ_ONLY).get("/commflow/v1/conversations").then().statusCode(200);
        asJson(READ_ONLY, "{\"subject\":\"x\"}").post("/commflow/v1/conversations").then().statusCode(403)
                .body("error.message", equalTo(
                        "This credential does not have the 'write:conversations' scope required for this request."));
        as(READ_ONLY).delete("/commflow/v1/conversations/conv_123").then().statusCode(403);
    }
}
