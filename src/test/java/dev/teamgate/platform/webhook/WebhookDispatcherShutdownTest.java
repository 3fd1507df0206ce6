package dev.teamgate.platform.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import dev.teamgate.platform.journal.RequestJournal;
import dev.teamgate.platform.metrics.VendorMetrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Stopping the dispatcher lets an attempt already on the wire finish and record its answer. */
class WebhookDispatcherShutdownTest {

    private final CountDownLatch received = new CountDownLatch(1);
    private final CountDownLatch answer = new CountDownLatch(1);
    private HttpServer subscriber;

    @AfterEach
    void stopSubscriber() {
        answer.countDown();
        if (subscriber != null) {
            subscriber.stop(0);
        }
    }

    @Test
    void anAttemptInFlightCompletesDuringAGracefulStop() throws Exception {
        subscriber = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        subscriber.createContext("/hook", exchange -> {
            received.countDown();
            try {
                answer.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        subscriber.start();
        WebhookProperties properties = new WebhookProperties(1, Duration.ofSeconds(1), 2.0, Duration.ofMinutes(1),
                Duration.ofSeconds(5), Duration.ofMillis(200), 100, 1);
        WebhookDispatcher dispatcher = new WebhookDispatcher(properties, Clock.systemUTC(),
                new VendorMetrics(new SimpleMeterRegistry(), new RequestJournal(10)), new OwnPorts());
        String url = "http://127.0.0.1:" + subscriber.getAddress().getPort() + "/hook";

        long id = dispatcher.dispatch(new OutboundWebhook("testvendor", 1L, "ping", url, "{}", Map.of())).id();
        assertThat(received.await(5, TimeUnit.SECONDS)).isTrue();
        Thread stopper = new Thread(dispatcher::stop);
        stopper.start();
        await().atMost(Duration.ofSeconds(5)).until(() -> stopper.getState() == Thread.State.TIMED_WAITING);
        answer.countDown(); // the subscriber answers while the dispatcher waits for its workers
        stopper.join(5_000);

        assertThat(dispatcher.get(id).attempts()).singleElement()
                .satisfies(attempt -> assertThat(attempt.status()).isEqualTo(204));
    }
}
