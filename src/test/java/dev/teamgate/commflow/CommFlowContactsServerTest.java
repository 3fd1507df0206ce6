package dev.teamgate.commflow;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.emptyIterable;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

class CommFlowContactsServerTest extends CommFlowServerTest {

    @Test
    void listsNewestFirstWithMetaAndLinks() {
        assertJson(as(LIVE).get("/commflow/v1/contacts").then().statusCode(200).extract().response(),
                contract("contacts_list.json"));
    }

    @Test
    void emailFilterTakesWildcardsAndIgnoresCase() {
        as(LIVE).get("/commflow/v1/contacts?email=*@company.com").then().statusCode(200)
                .body("data.id", contains("contact_124")).body("meta.total_count", equalTo(1));
        as(LIVE).get("/commflow/v1/contacts?email=JANE@Customer.com").then()
                .body("data.id", contains("contact_123"));
        as(LIVE).get("/commflow/v1/contacts?email=*@*.org,jane*").then()
                .body("data.id", contains("contact_125", "contact_123"));
        // Without a wildcard the match is exact, and % or _ are literal characters.
        as(LIVE).get("/commflow/v1/contacts?email=jane@").then().body("data", emptyIterable());
        as(LIVE).queryParam("email", "%").get("/commflow/v1/contacts").then().body("data", emptyIterable());
    }

    @Test
    void sortsByEachFieldInEitherOrder() {
        as(LIVE).get("/commflow/v1/contacts?sort=name&order=asc").then()
                .body("data.name", contains("Jane Customer", "John Smith", "Maria Garcia"));
        // Text fields default to ascending, timestamps to descending.
        as(LIVE).get("/commflow/v1/contacts?sort=name").then()
                .body("data.name", contains("Jane Customer", "John Smith", "Maria Garcia"));
        as(LIVE).get("/commflow/v1/contacts?sort=email&order=desc").then()
                .body("data.email", contains("maria@example.org", "john@company.com", "jane@customer.com"));
        as(LIVE).get("/commflow/v1/contacts?sort=created_at&order=asc").then()
                .body("data.id", contains("contact_123", "contact_124", "contact_125"));
        as(LIVE).get("/commflow/v1/contacts?order=asc").then()
                .body("data.id", contains("contact_123", "contact_124", "contact_125"));
    }

    @Test
    void updatedAtSortFollowsWrites() {
        clock.freeze(NOW);
        asJson(LIVE, "{\"name\":\"Jane Updated\"}").patch("/commflow/v1/contacts/contact_123").then().statusCode(200);
        as(LIVE).get("/commflow/v1/contacts?sort=updated_at").then()
                .body("data.id", contains("contact_123", "contact_125", "contact_124"));
    }

    @Test
    void createdAfterIsInclusiveAndCreatedBeforeExclusive() {
        as(LIVE).get("/commflow/v1/contacts?created_after=2026-01-11").then()
                .body("data.id", contains("contact_125", "contact_124"));
        as(LIVE).get("/commflow/v1/contacts?created_after=2026-01-11T09:00:00Z").then()
                .body("data.id", contains("contact_125", "contact_124"));
        as(LIVE).get("/commflow/v1/contacts?created_before=2026-01-11T09:00:00Z").then()
                .body("data.id", contains("contact_123"));
        // Sent exactly as written (REST Assured would encode the % again).
        as(LIVE).urlEncodingEnabled(false)
                .get("/commflow/v1/contacts?created_after=2026-01-10T11:00:00%2B01:00&created_before=1768208400")
                .then().body("data.id", contains("contact_124"));
    }

    @Test
    void qSearchesEveryWordAcrossNameEmailCompanyAndPhone() {
        as(LIVE).get("/commflow/v1/contacts?q=smith").then().body("data.id", contains("contact_124"));
        as(LIVE).urlEncodingEnabled(false).get("/commflow/v1/contacts?q=customer+inc").then().body("data.id", contains("contact_123"));
        as(LIVE).get("/commflow/v1/contacts?q=555").then().body("data.id", contains("contact_123"));
        as(LIVE).urlEncodingEnabled(false).get("/commflow/v1/contacts?q=customer+garcia").then().body("data", emptyIterable());
    }

    @Test
    void unknownFiltersAndSortFieldsAre400sNamingTheParameter() {
        as(LIVE).get("/commflow/v1/contacts?status=open").then().statusCode(400)
                .body(equalTo(error("invalid_request_error", "unknown_parameter",
                        "Unknown parameter 'status'. This list accepts: page, per_page, sort, order, q, email, "
                                + "created_after, created_before.", "status")));
        as(LIVE).get("/commflow/v1/contacts?sort=phone").then().statusCode(400)
                .body(equalTo(error("invalid_request_error", "invalid_parameter",
                        "Cannot sort by 'phone'. Sort by one of: created_at, updated_at, name, email.", "sort")));
        as(LIVE).get("/commflow/v1/contacts?order=up").then().statusCode(400)
                .body(equalTo(error("invalid_request_error", "invalid_parameter",
                        "The 'order' parameter must be 'asc' or 'desc'.", "order")));
        as(LIVE).get("/commflow/v1/contacts?created_after=yesterday").then().statusCode(400)
                .body(equalTo(error("invalid_request_error", "invalid_parameter",
                        "The 'created_after' parameter must be a date (2026-01-01), a date-time "
                                + "(2026-01-01T10:30:00Z) or epoch seconds.", "created_after")));
    }

    @Test
    void getsOneContactOr404() {
        assertJson(as(LIVE).get("/commflow/v1/contacts/contact_123").then().statusCode(200).extract().response(),
                contract("contact_123.json"));
        as(LIVE).get("/commflow/v1/contacts/contact_999").then().statusCode(404)
                .body(equalTo(error("not_found_error", "resource_not_found", "No such contact: 'contact_999'.", "id")));
    }

    @Test
    void createsAContactWith201AndAnnouncesIt() {
        var created = asJson(LIVE, "{\"name\":\"Nina New\",\"email\":\"nina@new.example\",\"company\":\"New Co\"}")
                .post("/commflow/v1/contacts").then().statusCode(201).extract().response();
        String id = created.path("data.id");
        assertJson(created, """
                {"data":{"id":"%s","name":"Nina New","email":"nina@new.example","phone":null,"company":"New Co",
                 "created_at":"2026-02-01T12:00:00Z","updated_at":"2026-02-01T12:00:00Z"}}""".formatted(id));
        org.assertj.core.api.Assertions.assertThat(id).matches("contact_[a-z0-9]{16}");
        as(LIVE).get("/commflow/v1/contacts/" + id).then().statusCode(200).body("data.email", equalTo("nina@new.example"));
        as(LIVE).get("/commflow/v1/contacts").then().body("meta.total_count", equalTo(4));
    }

    @Test
    void aMissingEmailIsTheDocsOwnValidationError() {
        asJson(LIVE, "{\"name\":\"No Mail\"}").post("/commflow/v1/contacts").then().statusCode(422)
                .body(equalTo("{\"error\":{\"type\":\"invalid_request_error\",\"code\":\"invalid_parameter\","
                        + "\"message\":\"The 'email' field is required.\",\"param\":\"email\"}}"));
        as(LIVE).get("/commflow/v1/contacts").then().body("meta.total_count", equalTo(3));
    }

    @Test
    void badFieldsAre422sAndChangeNothing() {
        asJson(LIVE, "{\"email\":\"not-an-email\"}").post("/commflow/v1/contacts").then().statusCode(422)
                .body(equalTo(error("invalid_request_error", "invalid_parameter",
                        "The 'email' field must be a valid email address.", "email")));
        asJson(LIVE, "{\"email\":\"a@b.co\",\"name\":42}").post("/commflow/v1/contacts").then().statusCode(422)
                .body(equalTo(error("invalid_request_error", "invalid_parameter",
                        "The 'name' field must be a string.", "name")));
        asJson(LIVE, "{\"email\":\"a@b.co\",\"name\":\"" + "x".repeat(201) + "\"}").post("/commflow/v1/contacts")
                .then().statusCode(422).body(equalTo(error("invalid_request_error", "invalid_parameter",
                        "The 'name' field must be at most 200 characters.", "name")));
        asJson(LIVE, "{\"email\":\"" + "a".repeat(400) + "@b.co\"}").post("/commflow/v1/contacts")
                .then().statusCode(422).body("error.param", equalTo("email"));
        as(LIVE).get("/commflow/v1/contacts").then().body("meta.total_count", equalTo(3));
    }

    @Test
    void unreadableBodiesAre400sAndOtherContentTypes415() {
        asJson(LIVE, "{\"email\":").post("/commflow/v1/contacts").then().statusCode(400)
                .body(equalTo(error("invalid_request_error", "invalid_json", "The request body is not valid JSON.", null)));
        asJson(LIVE, "[]").post("/commflow/v1/contacts").then().statusCode(400)
                .body(equalTo(error("invalid_request_error", "invalid_json", "The request body must be a JSON object.", null)));
        as(LIVE).contentType(ContentType.TEXT).body("email=a@b.co").post("/commflow/v1/contacts").then().statusCode(415)
                .body("error.type", equalTo("invalid_request_error"))
                .body("error.code", equalTo("unsupported_media_type"));
        as(LIVE).contentType(ContentType.JSON).post("/commflow/v1/contacts").then().statusCode(400)
                .body("error.code", equalTo("invalid_json"));
        as(LIVE).get("/commflow/v1/contacts").then().body("meta.total_count", equalTo(3));
    }

    @Test
    void putReplacesEveryFieldAndPatchOnlyTheGivenOnes() {
        asJson(LIVE, "{\"name\":\"Jane D.\"}").patch("/commflow/v1/contacts/contact_123").then().statusCode(200)
                .body("data.name", equalTo("Jane D."))
                .body("data.email", equalTo("jane@customer.com"))
                .body("data.company", equalTo("Customer Inc"))
                .body("data.updated_at", equalTo("2026-02-01T12:00:00Z"));
        assertJson(asJson(LIVE, "{\"email\":\"jane@new.example\",\"phone\":\"+1 555 0199\"}")
                .put("/commflow/v1/contacts/contact_123").then().statusCode(200).extract().response(), """
                {"data":{"id":"contact_123","name":null,"email":"jane@new.example","phone":"+1 555 0199","company":null,
                 "created_at":"2026-01-10T09:00:00Z","updated_at":"2026-02-01T12:00:00Z"}}""");
        asJson(LIVE, "{\"name\":\"No Mail\"}").put("/commflow/v1/contacts/contact_123").then().statusCode(422)
                .body("error.param", equalTo("email"));
        asJson(LIVE, "{\"email\":null}").patch("/commflow/v1/contacts/contact_123").then().statusCode(422)
                .body("error.message", equalTo("The 'email' field is required."));
        as(LIVE).get("/commflow/v1/contacts/contact_123").then().body("data.email", equalTo("jane@new.example"));
        asJson(LIVE, "{}").put("/commflow/v1/contacts/contact_999").then().statusCode(404);
    }

    @Test
    void deleteIs204AndKeepsTheirTicketsWithoutAContact() {
        as(LIVE).delete("/commflow/v1/contacts/contact_123").then().statusCode(204).body(equalTo(""));
        as(LIVE).get("/commflow/v1/contacts/contact_123").then().statusCode(404);
        as(LIVE).delete("/commflow/v1/contacts/contact_123").then().statusCode(404);
        as(LIVE).get("/commflow/v1/tickets/ticket_123").then().statusCode(200).body("data.contact", equalTo(null));
        as(LIVE).get("/commflow/v1/conversations/conv_123").then().statusCode(200).body("data.contact", equalTo(null));
    }

    @Test
    void aReadOnlyKeyReadsButCannotWrite() {
        as(READ_ONLY).get("/commflow/v1/contacts").then().statusCode(200);
        asJson(READ_ONLY, "{\"email\":\"x@y.co\"}").post("/commflow/v1/contacts").then().statusCode(403)
                .body(equalTo(error("authorization_error", "insufficient_scope",
                        "This credential does not have the 'write:contacts' scope required for this request.", null)));
        as(READ_ONLY).delete("/commflow/v1/contacts/contact_123").then().statusCode(403);
        as(LIVE).get("/commflow/v1/contacts").then().body("meta.total_count", equalTo(3));
    }
}
