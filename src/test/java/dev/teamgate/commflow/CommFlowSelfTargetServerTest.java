package dev.teamgate.commflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.teamgate.platform.webhook.OutboundWebhook;
import dev.teamgate.platform.webhook.WebhookDelivery;
import dev.teamgate.platform.webhook.WebhookDispatcher;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A webhook can never make Teamgate call itself (an API key must not reach the control plane). */
class CommFlowSelfTargetServerTest extends CommFlowServerTest {

    @Autowired
    WebhookDispatcher dispatcher;

    @Test
    void aSubscriptionPointingAtThisServerIsRefused() {
        for (String host : new String[] {"127.0.0.1", "localhost", "0.0.0.0"}) {
            asJson(LIVE, "{\"url\":\"http://" + host + ":" + port + "/_admin/reset\",\"events\":[\"ticket.created\"]}")
                    .post("/commflow/v1/webhooks")
                    .then().statusCode(422).body(equalTo(error("invalid_request_error", "invalid_parameter",
                            "The 'url' field must not point at this server itself.", "url")));
        }
        as(LIVE).get("/commflow/v1/webhooks").then().statusCode(200).body("data.size()", equalTo(1));
    }

    @Test
    void aDeliveryToThisServerIsRefusedWithoutCallingIt() {
        WebhookDelivery.DeliveryView queued = dispatcher.dispatch(new OutboundWebhook("commflow", null, "ticket.created",
                "http://127.0.0.1:" + port + "/_admin/reset", "{}", Map.of()));

        await().atMost(Duration.ofSeconds(10)).until(() -> !dispatcher.get(queued.id()).attempts().isEmpty());
        var attempt = dispatcher.get(queued.id()).attempts().get(0);
        assertThat(attempt.status()).isNull();
        assertThat(attempt.error()).contains("Teamgate's own ports");
    }
}
