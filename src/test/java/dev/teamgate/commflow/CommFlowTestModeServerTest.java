package dev.teamgate.commflow;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

/** sk_test_ keys see only test-mode data and sk_live_ keys only live data, both ways. */
class CommFlowTestModeServerTest extends CommFlowServerTest {

    @Test
    void theSameIdsNameDifferentObjectsInEachMode() {
        as(LIVE).get("/commflow/v1/conversations/conv_123").then().body("data.subject", equalTo("Need help with billing"));
        as(TEST).get("/commflow/v1/conversations/conv_123").then().body("data.subject", equalTo("Test conversation"));
        as(TEST).get("/commflow/v1/conversations/conv_123/messages").then().body("data.body", contains("Hello from test mode"));
        as(TEST).get("/commflow/v1/tickets/ticket_123").then().body("data.subject", equalTo("Test ticket"));
    }

    @Test
    void testModeListsOnlyTestData() {
        as(TEST).get("/commflow/v1/contacts").then().body("data.id", contains("contact_123"))
                .body("data[0].email", equalTo("test@customer.com"));
        as(TEST).get("/commflow/v1/tickets").then().body("meta.total_count", equalTo(1));
        as(TEST).get("/commflow/v1/tickets/ticket_124").then().statusCode(404);
        as(TEST).get("/commflow/v1/conversations/conv_124").then().statusCode(404);
    }

    @Test
    void writesInOneModeAreInvisibleInTheOther() {
        String testContact = asJson(TEST, "{\"email\":\"only@test.example\"}").post("/commflow/v1/contacts")
                .then().statusCode(201).extract().path("data.id");
        as(LIVE).get("/commflow/v1/contacts/" + testContact).then().statusCode(404);
        as(LIVE).get("/commflow/v1/contacts?email=only@test.example").then().body("meta.total_count", equalTo(0));
        as(TEST).get("/commflow/v1/contacts/" + testContact).then().statusCode(200);

        String liveTicket = asJson(LIVE, "{\"subject\":\"Live only\"}").post("/commflow/v1/tickets")
                .then().statusCode(201).extract().path("data.id");
        as(TEST).get("/commflow/v1/tickets/" + liveTicket).then().statusCode(404);
        as(TEST).delete("/commflow/v1/tickets/" + liveTicket).then().statusCode(404);
        as(LIVE).get("/commflow/v1/tickets/" + liveTicket).then().statusCode(200);

        asJson(TEST, "{\"status\":\"closed\"}").patch("/commflow/v1/tickets/ticket_123").then().statusCode(200);
        as(LIVE).get("/commflow/v1/tickets/ticket_123").then().body("data.status", equalTo("open"));
    }

    @Test
    void aTestTicketCannotReferToLiveUsersContactsOrConversations() {
        asJson(TEST, "{\"subject\":\"x\",\"assignee\":\"user_124\"}").post("/commflow/v1/tickets").then().statusCode(422)
                .body("error.message", equalTo("No such user: 'user_124'."));
        asJson(TEST, "{\"subject\":\"x\",\"contact\":\"contact_124\"}").post("/commflow/v1/tickets").then().statusCode(422);
        asJson(TEST, "{\"subject\":\"x\",\"conversation_id\":\"conv_124\"}").post("/commflow/v1/tickets").then().statusCode(422);
    }
}
