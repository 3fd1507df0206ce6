package dev.teamgate.commflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.emptyIterable;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

class CommFlowTicketsServerTest extends CommFlowServerTest {

    @Test
    void listsNewestFirst() {
        assertJson(as(LIVE).get("/commflow/v1/tickets").then().statusCode(200).extract().response(),
                contract("tickets_list.json"));
    }

    @Test
    void filtersByStatusAndPriorityAsInTheDocs() {
        as(LIVE).get("/commflow/v1/tickets?status=open&priority=high").then().statusCode(200)
                .body("data.id", contains("ticket_123"));
        as(LIVE).get("/commflow/v1/tickets?status=open&priority=urgent").then().body("data", emptyIterable())
                .body("meta.total_count", equalTo(0)).body("meta.total_pages", equalTo(1))
                .body("links.last", equalTo("/commflow/v1/tickets?page=1&status=open&priority=urgent"));
        as(LIVE).get("/commflow/v1/tickets?status=open,pending").then().body("data.id", contains("ticket_124", "ticket_123"));
        as(LIVE).get("/commflow/v1/tickets?status=open&status=resolved").then()
                .body("data.id", contains("ticket_125", "ticket_123"));
        as(LIVE).get("/commflow/v1/tickets?status=lost").then().statusCode(400)
                .body(equalTo(error("invalid_request_error", "invalid_parameter",
                        "The 'status' parameter must be one of: open, pending, resolved, closed.", "status")));
        as(LIVE).get("/commflow/v1/tickets?priority=critical").then().statusCode(400).body("error.param", equalTo("priority"));
    }

    @Test
    void filtersByAssigneeIdNoneOrMe() {
        as(LIVE).get("/commflow/v1/tickets?assignee=user_124").then().body("data.id", contains("ticket_124"));
        as(LIVE).get("/commflow/v1/tickets?assignee=none").then().body("data.id", contains("ticket_125"));
        as(LIVE).get("/commflow/v1/tickets?assignee=me").then().body("data.id", contains("ticket_123"));
        as(LIVE).get("/commflow/v1/tickets?assignee=none,user_124").then().body("data.id", contains("ticket_125", "ticket_124"));
        as(LIVE).get("/commflow/v1/tickets?assignee=user_999").then().body("data", emptyIterable());
    }

    @Test
    void filtersByCreationTime() {
        as(LIVE).get("/commflow/v1/tickets?created_after=2026-01-16").then().body("data.id", contains("ticket_125", "ticket_124"));
        as(LIVE).get("/commflow/v1/tickets?created_before=2026-01-16").then().body("data.id", contains("ticket_123"));
        as(LIVE).get("/commflow/v1/tickets?created_after=2026-01-16&created_before=2026-01-17").then()
                .body("data.id", contains("ticket_124"));
        as(LIVE).get("/commflow/v1/tickets?created_after=2026-01-16,2026-01-17").then().statusCode(400)
                .body("error.message", equalTo("The 'created_after' parameter takes one value."));
    }

    @Test
    void sortsByPriorityRankSubjectStatusAndTime() {
        as(LIVE).get("/commflow/v1/tickets?sort=created_at&order=desc").then()
                .body("data.id", contains("ticket_125", "ticket_124", "ticket_123"));
        as(LIVE).get("/commflow/v1/tickets?sort=priority&order=desc").then()
                .body("data.priority", contains("high", "normal", "low"));
        as(LIVE).get("/commflow/v1/tickets?sort=priority&order=asc").then()
                .body("data.priority", contains("low", "normal", "high"));
        as(LIVE).get("/commflow/v1/tickets?sort=subject").then()
                .body("data.subject", contains("Export data as CSV", "Need help with billing", "Refund request"));
        as(LIVE).get("/commflow/v1/tickets?sort=status&order=asc").then()
                .body("data.status", contains("open", "pending", "resolved"));
        as(LIVE).get("/commflow/v1/tickets?sort=email").then().statusCode(400).body("error.param", equalTo("sort"));
    }

    @Test
    void searchesSubjectAndDescription() {
        as(LIVE).get("/commflow/v1/tickets?q=duplicate").then().body("data.id", contains("ticket_124"));
        as(LIVE).get("/commflow/v1/tickets?q=BILLING").then().body("data.id", contains("ticket_123"));
        as(LIVE).urlEncodingEnabled(false).get("/commflow/v1/tickets?q=csv+export").then().body("data.id", contains("ticket_125"));
    }

    @Test
    void unknownFilterIsA400() {
        as(LIVE).get("/commflow/v1/tickets?channel=email").then().statusCode(400)
                .body("error.type", equalTo("invalid_request_error"))
                .body("error.code", equalTo("unknown_parameter"))
                .body("error.param", equalTo("channel"));
    }

    @Test
    void getsOneTicketOr404() {
        assertJson(as(LIVE).get("/commflow/v1/tickets/ticket_123").then().statusCode(200).extract().response(),
                contract("ticket_123.json"));
        as(LIVE).get("/commflow/v1/tickets/ticket_nope").then().statusCode(404)
                .body(equalTo(error("not_found_error", "resource_not_found", "No such ticket: 'ticket_nope'.", "id")));
    }

    @Test
    void createsATicketWithDefaults() {
        var created = asJson(LIVE, "{\"subject\":\"Printer on fire\"}").post("/commflow/v1/tickets")
                .then().statusCode(201).extract().response();
        String id = created.path("data.id");
        assertThat(id).matches("ticket_[a-z0-9]{16}");
        assertJson(created, """
                {"data":{"id":"%s","subject":"Printer on fire","description":null,"status":"open","priority":"normal",
                 "assignee":null,"contact":null,"conversation_id":null,
                 "created_at":"2026-02-01T12:00:00Z","updated_at":"2026-02-01T12:00:00Z"}}""".formatted(id));
        as(LIVE).get("/commflow/v1/tickets/" + id).then().statusCode(200).body("data.subject", equalTo("Printer on fire"));
    }

    @Test
    void createsATicketWithReferencesAndANewContact() {
        var created = asJson(LIVE, """
                {"subject":"Invoice missing","description":"No invoice for January","status":"pending","priority":"urgent",
                 "assignee":"user_125","contact":{"email":"nina@new.example","name":"Nina New"},
                 "conversation_id":"conv_124"}""")
                .post("/commflow/v1/tickets").then().statusCode(201).extract().response();
        assertThat((String) created.path("data.contact.id")).matches("contact_[a-z0-9]{16}");
        assertThat((Object) created.path("data.assignee")).isEqualTo(java.util.Map.of("id", "user_125", "name", "Sam Support"));
        assertThat((String) created.path("data.conversation_id")).isEqualTo("conv_124");
        as(LIVE).get("/commflow/v1/contacts?email=nina@new.example").then().body("meta.total_count", equalTo(1));
        // A known email reuses its contact, case-insensitively; an object with an id refers to that contact.
        asJson(LIVE, "{\"subject\":\"Again\",\"contact\":{\"email\":\"JANE@customer.com\"}}").post("/commflow/v1/tickets")
                .then().statusCode(201).body("data.contact.id", equalTo("contact_123"));
        asJson(LIVE, "{\"subject\":\"By id\",\"contact\":{\"id\":\"contact_124\",\"name\":\"ignored\"}}")
                .post("/commflow/v1/tickets").then().statusCode(201).body("data.contact.name", equalTo("John Smith"));
        as(LIVE).get("/commflow/v1/contacts").then().body("meta.total_count", equalTo(4));
    }

    @Test
    void badReferencesAndValuesAre422sAndCreateNothing() {
        asJson(LIVE, "{\"subject\":\"x\",\"assignee\":\"user_999\"}").post("/commflow/v1/tickets").then().statusCode(422)
                .body(equalTo(error("invalid_request_error", "invalid_parameter", "No such user: 'user_999'.", "assignee")));
        asJson(LIVE, "{\"subject\":\"x\",\"contact\":\"contact_999\"}").post("/commflow/v1/tickets").then().statusCode(422)
                .body(equalTo(error("invalid_request_error", "invalid_parameter", "No such contact: 'contact_999'.", "contact")));
        asJson(LIVE, "{\"subject\":\"x\",\"conversation_id\":\"conv_999\"}").post("/commflow/v1/tickets").then()
                .statusCode(422).body("error.param", equalTo("conversation_id"));
        asJson(LIVE, "{\"subject\":\"x\",\"status\":\"done\"}").post("/commflow/v1/tickets").then().statusCode(422)
                .body(equalTo(error("invalid_request_error", "invalid_parameter",
                        "The 'status' field must be one of: open, pending, resolved, closed.", "status")));
        asJson(LIVE, "{\"description\":\"no subject\"}").post("/commflow/v1/tickets").then().statusCode(422)
                .body(equalTo(error("invalid_request_error", "invalid_parameter", "The 'subject' field is required.", "subject")));
        asJson(LIVE, "{\"subject\":[\"x\"]}").post("/commflow/v1/tickets").then().statusCode(422)
                .body("error.message", equalTo("The 'subject' field must be a string."));
        asJson(LIVE, "{\"subject\":\"x\",\"assignee\":42}").post("/commflow/v1/tickets").then().statusCode(422)
                .body("error.message", equalTo("The 'assignee' field must be an id or an object with an 'id'."));
        // The new contact of a ticket that fails afterwards is not kept.
        asJson(LIVE, "{\"subject\":\"x\",\"contact\":{\"email\":\"ghost@new.example\"},\"assignee\":\"user_999\"}")
                .post("/commflow/v1/tickets").then().statusCode(422);
        asJson(LIVE, "{\"subject\":\"x\",\"contact\":{\"name\":\"No Email\"}}").post("/commflow/v1/tickets").then()
                .statusCode(422).body("error.param", equalTo("contact.email"));
        as(LIVE).get("/commflow/v1/tickets").then().body("meta.total_count", equalTo(3));
        as(LIVE).get("/commflow/v1/contacts").then().body("meta.total_count", equalTo(3));
    }

    @Test
    void patchChangesTheGivenFieldsAndPutResetsTheOthers() {
        as(LIVE).body("{\"status\":\"resolved\",\"assignee\":{\"id\":\"user_124\",\"name\":\"ignored\"}}")
                .contentType("application/json").patch("/commflow/v1/tickets/ticket_123").then().statusCode(200)
                .body("data.status", equalTo("resolved"))
                .body("data.assignee.id", equalTo("user_124"))
                .body("data.priority", equalTo("high"))
                .body("data.updated_at", equalTo("2026-02-01T12:00:00Z"));
        asJson(LIVE, "{\"priority\":null}").patch("/commflow/v1/tickets/ticket_123").then().statusCode(422)
                .body("error.message", equalTo("The 'priority' field cannot be null."));
        asJson(LIVE, "{\"assignee\":null}").patch("/commflow/v1/tickets/ticket_123").then().statusCode(200)
                .body("data.assignee", equalTo(null));
        assertJson(asJson(LIVE, "{\"subject\":\"Replaced\"}").put("/commflow/v1/tickets/ticket_123")
                .then().statusCode(200).extract().response(), """
                {"data":{"id":"ticket_123","subject":"Replaced","description":null,"status":"open","priority":"normal",
                 "assignee":null,"contact":null,"conversation_id":null,
                 "created_at":"2026-01-15T10:30:00Z","updated_at":"2026-02-01T12:00:00Z"}}""");
        asJson(LIVE, "{}").put("/commflow/v1/tickets/ticket_123").then().statusCode(422).body("error.param", equalTo("subject"));
    }

    @Test
    void anUnchangedTicketKeepsItsUpdatedAt() {
        asJson(LIVE, "{\"status\":\"open\"}").patch("/commflow/v1/tickets/ticket_123").then().statusCode(200)
                .body("data.updated_at", equalTo("2026-01-15T10:30:00Z"));
    }

    @Test
    void deleteIs204ThenTheTicketIsGone() {
        as(LIVE).delete("/commflow/v1/tickets/ticket_124").then().statusCode(204);
        as(LIVE).get("/commflow/v1/tickets/ticket_124").then().statusCode(404);
        as(LIVE).get("/commflow/v1/tickets").then().body("data.id", contains("ticket_125", "ticket_123"));
        as(LIVE).delete("/commflow/v1/tickets/ticket_124").then().statusCode(404);
    }

    @Test
    void aReadOnlyKeyWithTheOtherScopeSpellingReadsButCannotWrite() {
        // The seed gives this key "tickets:read" (the authentication page's spelling).
        as(READ_ONLY).get("/commflow/v1/tickets").then().statusCode(200).body("meta.total_count", equalTo(3));
        asJson(READ_ONLY, "{\"subject\":\"x\"}").post("/commflow/v1/tickets").then().statusCode(403)
                .body(equalTo(error("authorization_error", "insufficient_scope",
                        "This credential does not have the 'write:tickets' scope required for this request.", null)));
        asJson(READ_ONLY, "{\"status\":\"closed\"}").patch("/commflow/v1/tickets/ticket_123").then().statusCode(403);
        as(READ_ONLY).delete("/commflow/v1/tickets/ticket_123").then().statusCode(403);
        as(LIVE).get("/commflow/v1/tickets/ticket_123").then().body("data.status", equalTo("open"));
    }
}
