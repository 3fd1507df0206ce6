package dev.teamgate.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/** A Teamgate the extension started: where it listens, and how to stop it. */
interface TeamgateServer extends AutoCloseable {

    String baseUrl();

    /** How long a start may take: {@code -Dteamgate.test.start-timeout=PT10M}; 5 minutes by default (busy CI machines). */
    static Duration startTimeout() {
        return Duration.parse(System.getProperty("teamgate.test.start-timeout", "PT5M"));
    }

    @Override
    void close();

    /**
     * Polls {@code /actuator/health/readiness} until it answers 200, while {@code alive} holds.
     * Readiness, not just an open port: the seed is loaded and every vendor is routed by then.
     * A plain loop rather than Awaitility: this kit ships in the main jar, and its users should not
     * need Awaitility on their class path.
     */
    static void awaitReady(String baseUrl, Duration limit, BooleanSupplier alive) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest probe = HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(10)).build();
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            if (!alive.getAsBoolean()) {
                throw new IllegalStateException("Teamgate at " + baseUrl + " stopped before it was ready");
            }
            try {
                if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // keep polling
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for Teamgate", e);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for Teamgate", e);
            }
        }
        throw new IllegalStateException("Teamgate at " + baseUrl + " was not ready within " + limit);
    }
}
