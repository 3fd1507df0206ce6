package dev.teamgate.platform.slowclient;

import java.time.Duration;

/**
 * How long a request body may take: {@code timeout} plus the time {@code minRate} bytes per
 * second would need for what has arrived so far. A client trickling a byte now and then holds a
 * worker thread the whole time (the container's read timeout restarts with every byte), so a
 * body that falls behind this line is cut off.
 */
record BodyDeadline(Duration timeout, long minBytesPerSecond) {

    boolean exceeded(long elapsedNanos, long bytesRead) {
        return elapsedNanos > allowedNanos(bytesRead);
    }

    /** How long a body may have taken once {@code bytesRead} bytes have arrived. */
    long allowedNanos(long bytesRead) {
        long allowedNanos = timeout.toNanos();
        if (minBytesPerSecond > 0) {
            allowedNanos += (long) (bytesRead * (1_000_000_000.0 / minBytesPerSecond));
        }
        return allowedNanos;
    }
}
