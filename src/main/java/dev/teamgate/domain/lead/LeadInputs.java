package dev.teamgate.domain.lead;

import dev.teamgate.domain.InvalidInputException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Checks on lead input that keep bad values out of the database as clear, field-named errors. */
final class LeadInputs {

    private LeadInputs() {
    }

    static String required(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, field + " is required");
        }
        return optional(value, field, max);
    }

    static String optional(String value, String field, int max) {
        if (value != null && value.length() > max) {
            throw new InvalidInputException(field, field + " must be at most " + max + " characters");
        }
        return value;
    }

    static Integer notNegative(Integer value, String field) {
        if (value != null && value < 0) {
            throw new InvalidInputException(field, field + " must not be negative");
        }
        return value;
    }

    /** An absolute http or https URL of at most {@code max} characters. */
    static String httpUrl(String value, String field, int max) {
        required(value, field, max);
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new InvalidInputException(field, field + " must be an absolute http or https URL");
            }
            return value;
        } catch (URISyntaxException e) {
            throw new InvalidInputException(field, field + " must be an absolute http or https URL");
        }
    }

    /** Prefixes the field of an input error with where the input sits (a fixture path). */
    static InvalidInputException at(String path, InvalidInputException e) {
        String field = e.field() == null ? path : path + "." + e.field();
        String message = e.field() != null && e.getMessage().startsWith(e.field())
                ? field + e.getMessage().substring(e.field().length())
                : e.getMessage();
        return new InvalidInputException(field, message);
    }
}
