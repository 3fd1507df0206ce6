package dev.teamgate.commflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;

import org.junit.jupiter.api.Test;

class CommFlowWebhookSubscriptionsServerTest extends CommFlowServerTest {

    @Test
    void listsTheSeedsSubscriptionWithoutItsSecret() {
        assertJson(as(LIVE).get("/commflow/v1/webhooks").then().statusCode(200).extract().response(), """
                {"data":[{"id":"wh_123","url":"https://example.com/webhooks/commflow",
                  "events":["ticket.created","ticket.updated"],"description":"Example subscription (inactive)",
                  "active":false,"created_at":"2026-01-01T00:00:00Z","updated_at":"2026-01-01T00:00:00Z"}],
                 "meta":{"current_page":1,"per_page":25,"total_pages":1,"total_count":1},
                 "links":{"first":"/commflow/v1/webhooks?page=1","prev":null,"next":null,
                  "last":"/commflow/v1/webhooks?page=1"}}""");
    }

    @Test
    void createShowsTheSecretOnceAndGeneratesOneWhenLeftOut() {
        var created = asJson(LIVE, "{\"url\":\"https://hooks.example/commflow\",\"events\":[\"ticket.created\",\"contact.created\"],"
                + "\"secret\":\"my-signing-secret\",\"description\":\"CRM sync\"}")
                .post("/commflow/v1/webhooks").then().statusCode(201).extract().response();
        String id = created.path("data.id");
        assertThat(id).matches("wh_[a-z0-9]{16}");
        assertJson(created, """
                {"data":{"id":"%s","url":"https://hooks.example/commflow","events":["ticket.created","contact.created"],
                 "description":"CRM sync","active":true,"secret":"my-signing-secret",
                 "created_at":"2026-02-01T12:00:00Z","updated_at":"2026-02-01T12:00:00Z"}}""".formatted(id));
        as(LIVE).get("/commflow/v1/webhooks/" + id).then().statusCode(200).body("data", not(hasKey("secret")));

        String generated = asJson(LIVE, "{\"url\":\"http://localhost:9999/x\",\"events\":[\"*\"]}")
                .post("/commflow/v1/webhooks").then().statusCode(201).extract().path("data.secret");
        assertThat(generated).matches("whsec_[A-Za-z0-9]{32}");
    }

    @Test
    void badSubscriptionsAre422s() {
        asJson(LIVE, "{\"events\":[\"ticket.created\"]}").post("/commflow/v1/webhooks").then().statusCode(422)
                .body(equalTo(error("invalid_request_error", "invalid_parameter", "The 'url' field is required.", "url")));
        asJson(LIVE, "{\"url\":\"ftp://files.example/x\",\"events\":[\"ticket.created\"]}").post("/commflow/v1/webhooks")
                .then().statusCode(422).body(equalTo(error("invalid_request_error", "invalid_parameter",
                        "The 'url' field must be an absolute http or https URL.", "url")));
        asJson(LIVE, "{\"url\":\"https://x.example\",\"events\":[]}").post("/commflow/v1/webhooks").then().statusCode(422)
                .body("error.message", equalTo("The 'events' field must list at least one event."));
        asJson(LIVE, "{\"url\":\"https://x.example\",\"events\":[\"ticket.deleted\"]}").post("/commflow/v1/webhooks")
                .then().statusCode(422).body(equalTo(error("invalid_request_error", "invalid_parameter",
                        "Unknown event 'ticket.deleted'. Events: ticket.created, ticket.updated, ticket.assigned, "
                                + "message.created, contact.created (or * for all).", "events")));
        asJson(LIVE, "{\"url\":\"https://x.example\",\"events\":[\"*\"],\"secret\":\"short\"}").post("/commflow/v1/webhooks")
                .then().statusCode(422).body("error.param", equalTo("secret"));
        asJson(LIVE, "{\"url\":\"https://x.example\",\"events\":[\"*\"],\"active\":\"yes\"}").post("/commflow/v1/webhooks")
                .then().statusCode(422).body("error.message", equalTo("The 'active' field must be true or false."));
        as(LIVE).get("/commflow/v1/webhooks").then().body("meta.total_count", equalTo(1));
    }

    @Test
    void updatesAndDeletesASubscription() {
        asJson(LIVE, "{\"active\":true,\"events\":[\"ticket.assigned\"]}").patch("/commflow/v1/webhooks/wh_123")
                .then().statusCode(200)
                .body("data.active", equalTo(true))
                .body("data.events", contains("ticket.assigned"))
                .body("data.url", equalTo("https://example.com/webhooks/commflow"))
                .body("data.updated_at", equalTo("2026-02-01T12:00:00Z"));
        asJson(LIVE, "{\"url\":\"https://other.example/hook\",\"events\":[\"*\"]}").put("/commflow/v1/webhooks/wh_123")
                .then().statusCode(200)
                .body("data.description", equalTo(null))
                .body("data.active", equalTo(true))
                .body("data.events", contains("*"));
        as(LIVE).delete("/commflow/v1/webhooks/wh_123").then().statusCode(204);
        as(LIVE).get("/commflow/v1/webhooks/wh_123").then().statusCode(404)
                .body("error.message", equalTo("No such webhook: 'wh_123'."));
    }

    @Test
    void webhooksNeedTheirOwnScopes() {
        // The read-only key holds read scopes for conversations, contacts and tickets only.
        as(READ_ONLY).get("/commflow/v1/webhooks").then().statusCode(403)
                .body("error.message", equalTo("This credential does not have the 'read:webhooks' scope required for this request."));
    }

    @Test
    void testModeHasItsOwnSubscriptions() {
        as(TEST).get("/commflow/v1/webhooks").then().statusCode(200).body("meta.total_count", equalTo(0));
        as(TEST).get("/commflow/v1/webhooks/wh_123").then().statusCode(404);
    }
}
