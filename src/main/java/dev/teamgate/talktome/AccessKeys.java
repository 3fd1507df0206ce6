package dev.teamgate.talktome;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The vendor's access-key formula, and nothing else:
 * {@code key = hash(secret + hash(secret + companyId + today))}, {@code +} being string
 * concatenation, every digest lowercase hex, and {@code today} the UNIX timestamp (seconds, as a
 * decimal string) of the midnight that starts the current day in the configured zone.
 */
final class AccessKeys {

    private AccessKeys() {
    }

    static String compute(HashAlgorithm hash, String secret, String companyId, long today) {
        String inner = hash.hex(secret + companyId + today);
        return hash.hex(secret + inner);
    }

    /** The {@code today} value of the formula for {@code day}: epoch seconds of its first instant in {@code zone}. */
    static long today(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toEpochSecond();
    }

    /** The calendar day that {@code now} falls on in {@code zone}. */
    static LocalDate day(Instant now, ZoneId zone) {
        return LocalDate.ofInstant(now, zone);
    }
}
