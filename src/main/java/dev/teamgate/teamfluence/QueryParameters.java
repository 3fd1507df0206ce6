package dev.teamgate.teamfluence;

import dev.teamgate.platform.error.ApiProblemException;
import dev.teamgate.platform.error.ProblemKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Parses the API's query parameters by hand, so every malformed value is a 400 with a sentence
 * that names the parameter, in Teamfluence's shape.
 */
final class QueryParameters {

    private QueryParameters() {
    }

    static int integer(String value, String name, int defaultValue, int min, int max) {
        if (value == null) {
            return defaultValue;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException ignored) {
            // reported below with the allowed range
        }
        throw bad(name + " must be a whole number from " + min + " to " + max + ".", name);
    }

    /** true/false (also 1/0, yes/no), case-insensitive; absent is {@code defaultValue}. */
    static boolean bool(String value, String name, boolean defaultValue) {
        if (value == null) {
            return defaultValue;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw bad(name + " must be true or false.", name);
        };
    }

    /**
     * An ISO-8601 date ({@code 2026-06-01}, midnight UTC) or date-time with or without offset
     * (without one it is UTC). A space stands for the {@code +} of an offset that was not URL-encoded.
     */
    static Instant instant(String value, String name) {
        if (value == null) {
            return null;
        }
        String text = value.trim().replace(' ', '+');
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notWithOffset) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notLocal) {
                try {
                    return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
                } catch (DateTimeParseException notDate) {
                    throw bad(name + " must be an ISO-8601 date or date-time, such as 2026-06-01 or "
                            + "2026-06-01T08:00:00Z.", name);
                }
            }
        }
    }

    static ApiProblemException bad(String detail, String name) {
        return new ApiProblemException(ProblemKind.BAD_REQUEST, detail, name);
    }
}
