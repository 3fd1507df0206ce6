package dev.teamgate.commflow;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** CommFlow timestamps are ISO 8601 in UTC to the second ({@code 2026-01-15T10:30:00Z}). */
final class WireTime {

    private WireTime() {
    }

    static Instant of(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS);
    }
}
