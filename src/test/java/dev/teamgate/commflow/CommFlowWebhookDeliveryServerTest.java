package dev.teamgate.commflow;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.teamgate.platform.webhook.DeliveryStatus;
import dev.teamgate.platform.webhook.WebhookDispatcher;
import dev.teamgate.support.WebhookReceiver;
import dev.teamgate.support.WebhookReceiver.Received;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Events reach a local receiver signed as documented. Uses the platform's default delivery settings
 * (first retry one second after a failure, on the Teamgate clock).
 */
class CommFlowWebhookDeliveryServerTest extends CommFlowServerTest {

    static final Duration WAIT = Duration.ofSeconds(10);
    static final String SECRET = "s3cret-signing-key";

    @Autowired WebhookDispatcher dispatcher;

    WebhookReceiver receiver;

    @BeforeEach
    void startReceiver() throws Exception {
        receiver = new WebhookReceiver();
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    private String subscribe(String key, String... events) {
        String list = String.join("\",\"", events);
        return asJson(key, "{\"url\":\"" + receiver.url("/hooks") + "\",\"events\":[\"" + list + "\"],\"secret\":\"" + SECRET + "\"}")
                .post("/commflow/v1/webhooks").then().statusCode(201).extract().path("data.id");
    }

    private List<Received> awaitReceived(int count) {
        await().atMost(WAIT).until(() -> receiver.received().size() >= count);
        return receiver.received();
    }

    /** Computed here independently of the server's code, the way a receiver would. */
    private static String hmacSha256Hex(String secret, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aNewTicketArrivesSignedWithTheDocumentedPayload() throws Exception {
        String webhookId = subscribe(LIVE, "ticket.created");
        String ticketId = asJson(LIVE, "{\"subject\":\"Need help with billing\"}").post("/commflow/v1/tickets")
                .then().statusCode(201).extract().path("data.id");

        Received got = awaitReceived(1).get(0);
        assertThat(got.method()).isEqualTo("POST");
        assertThat(got.path()).isEqualTo("/hooks");
        assertJson(got.body(), """
                {"event":"ticket.created","timestamp":"2026-02-01T12:00:00Z",
                 "data":{"id":"%s","subject":"Need help with billing","description":null,"status":"open","priority":"normal",
                  "assignee":null,"contact":null,"conversation_id":null,
                  "created_at":"2026-02-01T12:00:00Z","updated_at":"2026-02-01T12:00:00Z"}}""".formatted(ticketId));
        assertThat(got.headers())
                .containsEntry("Content-Type", "application/json")
                .containsEntry("X-CommFlow-Signature", "sha256=" + hmacSha256Hex(SECRET, got.body()))
                .containsEntry("X-CommFlow-Timestamp", "1769947200")
                .containsEntry("X-CommFlow-Event", "ticket.created")
                .containsEntry("X-CommFlow-Webhook-Id", webhookId);
        given().get("/_admin/webhooks/deliveries?vendor=commflow&event=ticket.created").then().statusCode(200)
                .body("count", equalTo(1)).body("deliveries[0].url", equalTo(receiver.url("/hooks")));
    }

    @Test
    void assigningATicketSendsUpdatedAndAssigned() throws Exception {
        subscribe(LIVE, "ticket.updated", "ticket.assigned");
        asJson(LIVE, "{\"assignee\":\"user_125\"}").patch("/commflow/v1/tickets/ticket_124").then().statusCode(200);
        List<Received> got = awaitReceived(2);
        assertThat(got).extracting(r -> r.headers().get("X-CommFlow-Event"))
                .containsExactlyInAnyOrder("ticket.updated", "ticket.assigned");
        for (Received r : got) {
            assertThat(JSON.readTree(r.body()).at("/data/assignee/id").stringValue()).isEqualTo("user_125");
            assertThat(r.headers().get("X-CommFlow-Signature")).isEqualTo("sha256=" + hmacSha256Hex(SECRET, r.body()));
        }
        // A status change is an update but not an assignment; a write that changes nothing sends nothing.
        asJson(LIVE, "{\"status\":\"closed\"}").patch("/commflow/v1/tickets/ticket_124").then().statusCode(200);
        asJson(LIVE, "{\"status\":\"closed\"}").patch("/commflow/v1/tickets/ticket_124").then().statusCode(200);
        awaitReceived(3);
        await().during(Duration.ofMillis(300)).atMost(WAIT).until(() -> receiver.received().size() == 3);
        assertThat(receiver.received().get(2).headers().get("X-CommFlow-Event")).isEqualTo("ticket.updated");
    }

    @Test
    void newContactsAndMessagesAreAnnounced() {
        subscribe(LIVE, "*");
        asJson(LIVE, "{\"subject\":\"Hi\",\"contact\":{\"email\":\"fresh@new.example\",\"name\":\"Fresh\"},"
                + "\"message\":{\"body\":\"First!\"}}").post("/commflow/v1/conversations").then().statusCode(201);
        List<Received> got = awaitReceived(2);
        assertThat(got).extracting(r -> r.headers().get("X-CommFlow-Event"))
                .containsExactlyInAnyOrder("contact.created", "message.created");
        Received message = got.stream().filter(r -> r.body().contains("message.created")).findFirst().orElseThrow();
        assertThat(JSON.readTree(message.body()).at("/data/body").stringValue()).isEqualTo("First!");
        Received contact = got.stream().filter(r -> r.body().contains("contact.created")).findFirst().orElseThrow();
        assertThat(JSON.readTree(contact.body()).at("/data/email").stringValue()).isEqualTo("fresh@new.example");
    }

    @Test
    void onlySubscribedEventsOfActiveSubscriptionsOfTheSameModeAreSent() {
        subscribe(LIVE, "contact.created");
        String paused = subscribe(LIVE, "ticket.created");
        asJson(LIVE, "{\"active\":false}").patch("/commflow/v1/webhooks/" + paused).then().statusCode(200);
        subscribe(TEST, "ticket.created", "contact.created");
        asJson(LIVE, "{\"subject\":\"Not sent\"}").post("/commflow/v1/tickets").then().statusCode(201);
        asJson(LIVE, "{\"email\":\"sent@live.example\"}").post("/commflow/v1/contacts").then().statusCode(201);
        awaitReceived(1);
        await().during(Duration.ofMillis(300)).atMost(WAIT).until(() -> receiver.received().size() == 1);
        assertThat(receiver.received().get(0).body()).contains("sent@live.example").contains("contact.created");
    }

    @Test
    void nothingIsSentForAWriteThatFailed() {
        subscribe(LIVE, "*");
        asJson(LIVE, "{\"subject\":\"x\",\"contact\":{\"email\":\"ghost@new.example\"},\"assignee\":\"user_999\"}")
                .post("/commflow/v1/tickets").then().statusCode(422);
        await().during(Duration.ofMillis(300)).atMost(WAIT).until(() -> receiver.received().isEmpty());
    }

    @Test
    void eventsOfOneTicketArriveInTheOrderTheyHappenedEvenAcrossARetry() {
        subscribe(LIVE, "ticket.created", "ticket.assigned");
        for (int i = 0; i < 10; i++) {
            asJson(LIVE, "{\"subject\":\"T" + i + "\",\"assignee\":\"user_125\"}").post("/commflow/v1/tickets")
                    .then().statusCode(201);
        }
        List<Received> got = awaitReceived(20);
        java.util.Map<String, List<String>> perTicket = new java.util.LinkedHashMap<>();
        for (Received r : got) {
            perTicket.computeIfAbsent(JSON.readTree(r.body()).at("/data/id").stringValue(), k -> new java.util.ArrayList<>())
                    .add(r.headers().get("X-CommFlow-Event"));
        }
        assertThat(perTicket).hasSize(10);
        perTicket.values().forEach(events -> assertThat(events).containsExactly("ticket.created", "ticket.assigned"));

        // The created event fails once: the assigned event waits for its retry instead of overtaking it.
        receiver.answering(500);
        asJson(LIVE, "{\"subject\":\"Retried\",\"assignee\":\"user_125\"}").post("/commflow/v1/tickets").then().statusCode(201);
        awaitReceived(21);
        await().during(Duration.ofMillis(300)).atMost(WAIT).until(() -> receiver.received().size() == 21);
        clock.advance(Duration.ofSeconds(1));
        List<Received> all = awaitReceived(23);
        assertThat(all.subList(20, 23)).extracting(r -> r.headers().get("X-CommFlow-Event"))
                .containsExactly("ticket.created", "ticket.created", "ticket.assigned");
    }

    @Test
    void aFailingReceiverIsRetriedWhenTheClockMovesOn() {
        receiver.answering(500);
        subscribe(LIVE, "contact.created");
        asJson(LIVE, "{\"email\":\"retry@live.example\"}").post("/commflow/v1/contacts").then().statusCode(201);
        awaitReceived(1);
        long id = dispatcher.find(d -> d.vendor().equals("commflow"), 1).get(0).id();
        await().atMost(WAIT).until(() -> dispatcher.get(id).attempts().size() == 1);
        assertThat(dispatcher.get(id).status()).isEqualTo(DeliveryStatus.PENDING);

        clock.advance(Duration.ofSeconds(1));
        await().atMost(WAIT).until(() -> dispatcher.get(id).status() == DeliveryStatus.DELIVERED);
        assertThat(receiver.received()).hasSize(2);
        assertThat(receiver.received().get(1).body()).isEqualTo(receiver.received().get(0).body());
        given().get("/_admin/webhooks/deliveries/" + id).then().statusCode(200)
                .body("status", equalTo("DELIVERED"))
                .body("attempts.status", org.hamcrest.Matchers.contains(500, 200));
    }

    @Test
    void aDeliveryCanBeReplayedFromTheControlPlane() throws Exception {
        subscribe(LIVE, "contact.created");
        asJson(LIVE, "{\"email\":\"replay@live.example\"}").post("/commflow/v1/contacts").then().statusCode(201);
        awaitReceived(1);
        long id = dispatcher.find(d -> d.vendor().equals("commflow"), 1).get(0).id();
        await().atMost(WAIT).until(() -> dispatcher.get(id).status() == DeliveryStatus.DELIVERED);

        given().post("/_admin/webhooks/deliveries/" + id + "/replay").then().statusCode(202)
                .body("replayOf", equalTo((int) id));
        List<Received> got = awaitReceived(2);
        assertThat(got.get(1).body()).isEqualTo(got.get(0).body());
        assertThat(got.get(1).headers().get("X-CommFlow-Signature"))
                .isEqualTo("sha256=" + hmacSha256Hex(SECRET, got.get(1).body()))
                .isEqualTo(got.get(0).headers().get("X-CommFlow-Signature"));
    }
}
