package dev.teamgate.platform.webhook;

import dev.teamgate.domain.NotFoundException;
import dev.teamgate.platform.metrics.VendorMetrics;
import dev.teamgate.platform.reset.ResetListener;
import dev.teamgate.platform.webhook.WebhookDelivery.DeliveryView;
import jakarta.annotation.PreDestroy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.function.SingletonSupplier;

/**
 * Sends vendors' outbound webhooks: asynchronously (the API call that caused the event never
 * waits), retried with exponential backoff on a non-2xx answer, an I/O error or a timeout, every
 * attempt recorded. Retry times are read from the Teamgate clock, so freezing or moving the clock
 * holds or releases retries. History is a bounded in-memory list ({@code teamgate.webhooks.history}).
 * Attempts run on a Spring {@link ThreadPoolTaskExecutor}, due retries are looked for by a
 * {@link ThreadPoolTaskScheduler}; both are private to this bean (as beans they would displace
 * Boot's {@code applicationTaskExecutor}) and shut down gracefully with it: polling stops, attempts
 * already started or queued may finish within one {@code timeout}.
 */
@Component
public class WebhookDispatcher implements ResetListener {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);

    private final WebhookProperties properties;
    private final Clock clock;
    /** Built on the first delivery: building it initialises the JDK's default TLS context (~0.3 s at start-up). */
    private final SingletonSupplier<HttpClient> http;
    private final ThreadPoolTaskExecutor workers;
    private final ThreadPoolTaskScheduler poller;
    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, WebhookDelivery> deliveries = new LinkedHashMap<>();

    private final VendorMetrics metrics;

    private final OwnPorts ownPorts;

    public WebhookDispatcher(WebhookProperties properties, Clock clock, VendorMetrics metrics, OwnPorts ownPorts) {
        this.properties = properties;
        this.ownPorts = ownPorts;
        this.metrics = metrics;
        this.clock = clock;
        // Plain HTTP/1.1 as real webhook senders use: the JDK default (HTTP_2) offers an h2c upgrade on every cleartext POST.
        this.http = SingletonSupplier.of(() -> HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(properties.timeout()).followRedirects(HttpClient.Redirect.NEVER).build());
        this.workers = workers(properties);
        this.poller = poller(properties);
        Duration every = Duration.ofMillis(Math.max(10, properties.pollInterval().toMillis()));
        poller.scheduleWithFixedDelay(this::sendDue, poller.getClock().instant().plus(every), every);
    }

    /** Queues a delivery now; the first attempt starts at once on a worker thread. */
    public DeliveryView dispatch(OutboundWebhook webhook) {
        WebhookDelivery delivery = store(webhook, null);
        workers.execute(() -> attemptIfDue(delivery));
        return delivery.view();
    }

    /**
     * Queues a delivery once the current transaction commits (at once without one), so a rolled-back
     * change never announces itself.
     */
    public void dispatchAfterCommit(OutboundWebhook webhook) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    dispatch(webhook);
                }
            });
        } else {
            dispatch(webhook);
        }
    }

    /** Sends a recorded delivery again, as a new delivery with the same body and headers. */
    public DeliveryView replay(long id) {
        WebhookDelivery original = find(id);
        WebhookDelivery copy = store(original.webhook(), id);
        workers.execute(() -> attemptIfDue(copy));
        return copy.view();
    }

    public DeliveryView get(long id) {
        return find(id).view();
    }

    /** Matching deliveries, newest first, at most {@code limit}. */
    public List<DeliveryView> find(Predicate<DeliveryView> filter, int limit) {
        List<WebhookDelivery> snapshot;
        synchronized (deliveries) {
            snapshot = new ArrayList<>(deliveries.values());
        }
        List<DeliveryView> found = new ArrayList<>();
        for (int i = snapshot.size() - 1; i >= 0 && found.size() < limit; i--) {
            DeliveryView view = snapshot.get(i).view();
            if (filter.test(view)) {
                found.add(view);
            }
        }
        return found;
    }

    @Override
    public void afterReset() {
        synchronized (deliveries) {
            deliveries.values().forEach(WebhookDelivery::cancel);
            deliveries.clear();
        }
    }

    @PreDestroy
    void stop() {
        poller.shutdown();
        workers.shutdown();
    }

    private WebhookDelivery find(long id) {
        synchronized (deliveries) {
            WebhookDelivery delivery = deliveries.get(id);
            if (delivery == null) {
                throw new NotFoundException("delivery", id);
            }
            return delivery;
        }
    }

    private WebhookDelivery store(OutboundWebhook webhook, Long replayOf) {
        WebhookDelivery delivery = new WebhookDelivery(ids.incrementAndGet(), webhook, clock.instant(), replayOf);
        synchronized (deliveries) {
            deliveries.put(delivery.id(), delivery);
            Iterator<Long> oldest = deliveries.keySet().iterator();
            while (deliveries.size() > properties.history() && oldest.hasNext()) {
                oldest.next();
                oldest.remove();
            }
        }
        return delivery;
    }

    private void sendDue() {
        try {
            List<WebhookDelivery> pending;
            synchronized (deliveries) {
                pending = new ArrayList<>(deliveries.values());
            }
            Instant now = clock.instant();
            for (WebhookDelivery delivery : pending) {
                if (isNextInOrder(delivery) && delivery.claimIfDue(now)) {
                    workers.execute(() -> send(delivery));
                }
            }
        } catch (RuntimeException e) {
            log.warn("Webhook poller failed; it will run again", e);
        }
    }

    private void attemptIfDue(WebhookDelivery delivery) {
        if (isNextInOrder(delivery) && delivery.claimIfDue(clock.instant())) {
            send(delivery);
        }
    }

    /** False while an earlier delivery with the same ordering key is still pending. */
    private boolean isNextInOrder(WebhookDelivery delivery) {
        String key = delivery.webhook().orderingKey();
        if (key == null) {
            return true;
        }
        synchronized (deliveries) {
            for (WebhookDelivery other : deliveries.values()) {
                if (other.id() >= delivery.id()) {
                    return true;
                }
                if (key.equals(other.webhook().orderingKey()) && other.isPending()) {
                    return false;
                }
            }
        }
        return true;
    }

    /** After a delivery of an ordered sequence ends, its successor goes at once rather than at the next poll. */
    private void sendSuccessor(WebhookDelivery finished) {
        String key = finished.webhook().orderingKey();
        if (key == null || finished.isPending()) {
            return;
        }
        WebhookDelivery next = null;
        synchronized (deliveries) {
            for (WebhookDelivery other : deliveries.values()) {
                if (other.id() > finished.id() && key.equals(other.webhook().orderingKey()) && other.isPending()) {
                    next = other;
                    break;
                }
            }
        }
        if (next != null) {
            WebhookDelivery successor = next;
            try {
                workers.execute(() -> attemptIfDue(successor));
            } catch (TaskRejectedException stopping) {
                log.debug("Not sending delivery {}: the dispatcher is shutting down", successor.id());
            }
        }
    }

    private void send(WebhookDelivery delivery) {
        OutboundWebhook webhook = delivery.webhook();
        int number = delivery.attemptCount() + 1;
        Instant at = clock.instant();
        long started = System.nanoTime();
        Integer status = null;
        String error = null;
        try {
            if (ownPorts.isTargetedBy(webhook.url())) {
                // Checked again here: the host may resolve differently than when it was registered.
                throw new IllegalArgumentException("refused: the URL points at one of Teamgate's own ports");
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(webhook.url()))
                    .timeout(properties.timeout())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(webhook.body()));
            webhook.headers().forEach(request::header);
            status = http.obtain().send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        } catch (Exception e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        DeliveryAttempt attempt = new DeliveryAttempt(number, at, status, error, millis);
        delivery.recordAttempt(attempt, properties.maxAttempts(), clock.instant().plus(properties.delayAfter(number)));
        metrics.webhookAttempt(webhook.vendor(), attempt.succeeded());
        sendSuccessor(delivery);
    }

    private static ThreadPoolTaskExecutor workers(WebhookProperties properties) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(properties.workers());
        executor.setMaxPoolSize(properties.workers());
        executor.setThreadNamePrefix("teamgate-webhook-");
        executor.setDaemon(true); // never keeps the JVM alive on its own
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationMillis(properties.timeout().toMillis());
        executor.initialize();
        return executor;
    }

    private static ThreadPoolTaskScheduler poller(WebhookProperties properties) {
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduler.setThreadNamePrefix("teamgate-webhook-poller-");
        scheduler.setDaemon(true);
        scheduler.initialize();
        return scheduler;
    }
}
