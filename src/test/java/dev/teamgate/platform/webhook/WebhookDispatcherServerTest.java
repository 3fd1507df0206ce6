package dev.teamgate.platform.webhook;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import dev.teamgate.support.SandboxSettings;
import dev.teamgate.support.ServerTest;
import dev.teamgate.support.WebhookReceiver;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

@SandboxSettings
class WebhookDispatcherServerTest extends ServerTest {

    static final Duration WAIT = Duration.ofSeconds(10);

    @Autowired WebhookDispatcher dispatcher;
    @Autowired TransactionTemplate transactions;

    WebhookReceiver receiver;

    @BeforeEach
    void startReceiver() throws Exception {
        receiver = new WebhookReceiver();
        clock.freeze(Instant.parse("2026-07-01T12:00:00Z"));
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    private OutboundWebhook hook(String body) {
        return new OutboundWebhook("testvendor", 1L, "thing.created", receiver.url("/hooks"), body,
                Map.of("X-Signature", "sha256=" + WebhookSignatures.hmacSha256Hex("s3cret", body)));
    }

    @Test
    void aDeliveryArrivesWithItsBodyAndHeadersAndIsRecorded() {
        long id = dispatcher.dispatch(hook("{\"n\":1}")).id();
        await().atMost(WAIT).until(() -> receiver.received().size() == 1);
        var got = receiver.received().get(0);
        assertThat(got.method()).isEqualTo("POST");
        assertThat(got.body()).isEqualTo("{\"n\":1}");
        assertThat(got.headers()).containsEntry("Content-Type", "application/json")
                .containsEntry("X-Signature", "sha256=" + WebhookSignatures.hmacSha256Hex("s3cret", "{\"n\":1}"));
        // plain HTTP/1.1, no h2c upgrade offer (Connection: Upgrade, HTTP2-Settings / Upgrade: h2c)
        assertThat(got.headers()).doesNotContainKeys("Upgrade", "HTTP2-Settings");
        assertThat(got.headers().getOrDefault("Connection", "")).doesNotContainIgnoringCase("upgrade");
        await().atMost(WAIT).until(() -> dispatcher.get(id).status() == DeliveryStatus.DELIVERED);
        given().header("Authorization", SandboxSettings.ADMIN).get("/_admin/webhooks/deliveries?vendor=testvendor&event=thing.created")
                .then().statusCode(200)
                .body("count", equalTo(1))
                .body("deliveries[0].status", equalTo("DELIVERED"))
                .body("deliveries[0].attempts.status", contains(200))
                .body("deliveries[0].url", equalTo(receiver.url("/hooks")));
    }

    @Test
    void aFailedAttemptIsRetriedWithBackoffOnTheTeamgateClock() {
        receiver.answering(500, 503);
        long id = dispatcher.dispatch(hook("{}")).id();
        await().atMost(WAIT).until(() -> dispatcher.get(id).attempts().size() == 1);
        assertThat(dispatcher.get(id).status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(dispatcher.get(id).nextAttemptAt()).isEqualTo(Instant.parse("2026-07-01T12:00:10Z"));

        clock.advance(Duration.ofSeconds(9));
        await().during(Duration.ofMillis(200)).atMost(WAIT).until(() -> dispatcher.get(id).attempts().size() == 1);

        clock.advance(Duration.ofSeconds(1));
        await().atMost(WAIT).until(() -> dispatcher.get(id).attempts().size() == 2);
        assertThat(dispatcher.get(id).nextAttemptAt()).isEqualTo(Instant.parse("2026-07-01T12:00:40Z"));

        clock.advance(Duration.ofSeconds(30));
        await().atMost(WAIT).until(() -> dispatcher.get(id).status() == DeliveryStatus.DELIVERED);
        assertThat(dispatcher.get(id).attempts()).extracting(DeliveryAttempt::status).containsExactly(500, 503, 200);
        assertThat(receiver.received()).hasSize(3);
    }

    @Test
    void afterTheLastAttemptTheDeliveryHasFailed() {
        receiver.answering(500, 500, 500);
        long id = dispatcher.dispatch(hook("{}")).id();
        await().atMost(WAIT).until(() -> dispatcher.get(id).attempts().size() == 1);
        clock.advance(Duration.ofSeconds(10));
        await().atMost(WAIT).until(() -> dispatcher.get(id).attempts().size() == 2);
        clock.advance(Duration.ofSeconds(30));
        await().atMost(WAIT).until(() -> dispatcher.get(id).status() == DeliveryStatus.FAILED);
        assertThat(dispatcher.get(id).attempts()).hasSize(3);
        given().header("Authorization", SandboxSettings.ADMIN).get("/_admin/webhooks/deliveries?status=FAILED").then().body("deliveries.id", contains((int) id));
    }

    @Test
    void anUnreachableReceiverIsAFailedAttemptWithTheError() {
        receiver.close();
        long id = dispatcher.dispatch(hook("{}")).id();
        await().atMost(WAIT).until(() -> dispatcher.get(id).attempts().size() == 1);
        var attempt = dispatcher.get(id).attempts().get(0);
        assertThat(attempt.status()).isNull();
        assertThat(attempt.error()).isNotBlank();
    }

    @Test
    void replaySendsTheSameRequestAgainAsANewDelivery() {
        long id = dispatcher.dispatch(hook("{\"r\":1}")).id();
        await().atMost(WAIT).until(() -> dispatcher.get(id).status() == DeliveryStatus.DELIVERED);
        int replayId = given().header("Authorization", SandboxSettings.ADMIN).post("/_admin/webhooks/deliveries/" + id + "/replay")
                .then().statusCode(202).body("replayOf", equalTo((int) id)).extract().path("id");
        await().atMost(WAIT).until(() -> receiver.received().size() == 2);
        assertThat(receiver.received().get(1).body()).isEqualTo("{\"r\":1}");
        assertThat(receiver.received().get(1).headers().get("X-Signature"))
                .isEqualTo(receiver.received().get(0).headers().get("X-Signature"));
        await().atMost(WAIT).until(() -> dispatcher.get(replayId).status() == DeliveryStatus.DELIVERED);
    }

    @Test
    void nothingIsSentForARolledBackTransaction() {
        transactions.executeWithoutResult(status -> {
            dispatcher.dispatchAfterCommit(hook("{\"rolled\":\"back\"}"));
            status.setRollbackOnly();
        });
        transactions.executeWithoutResult(status -> dispatcher.dispatchAfterCommit(hook("{\"committed\":true}")));
        await().atMost(WAIT).until(() -> receiver.received().size() == 1);
        await().during(Duration.ofMillis(200)).atMost(WAIT).until(() -> receiver.received().size() == 1);
        assertThat(receiver.received().get(0).body()).isEqualTo("{\"committed\":true}");
    }

    @Test
    void badControlPlaneInputIsAProblem() {
        given().header("Authorization", SandboxSettings.ADMIN).get("/_admin/webhooks/deliveries/999999").then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", SandboxSettings.ADMIN).post("/_admin/webhooks/deliveries/abc/replay").then().statusCode(400).contentType("application/problem+json");
        given().header("Authorization", SandboxSettings.ADMIN).get("/_admin/webhooks/deliveries?status=LOST").then().statusCode(400).contentType("application/problem+json");
    }
}
