package dev.teamgate.teamfluence;

import dev.teamgate.platform.error.ApiProblemException;
import dev.teamgate.platform.error.ProblemKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * What the query records cannot check by binding: the lenient dates and the rules across
 * parameters, each a 400 with a sentence that names the parameter, in Teamfluence's shape.
 */
final class QueryParameters {

    private QueryParameters() {
    }

    /**
     * The bound query's first failure as the vendor's 400: the parameter's name and the sentence of
     * its constraint (or of its type, see {@link TeamfluenceQueryBinding}).
     */
    static void requireValid(BindingResult checked) {
        FieldError failed = checked.getFieldError();
        if (failed != null) {
            throw bad(failed.getField() + " " + failed.getDefaultMessage(), failed.getField());
        }
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
