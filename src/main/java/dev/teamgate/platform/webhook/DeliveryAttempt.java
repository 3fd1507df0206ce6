package dev.teamgate.platform.webhook;

import java.time.Instant;

/** One try: when, the receiver's status (null when no response) or the error, and how long it took. */
public record DeliveryAttempt(int number, Instant at, Integer status, String error, long durationMillis) {

    boolean succeeded() {
        return status != null && status >= 200 && status < 300;
    }
}
