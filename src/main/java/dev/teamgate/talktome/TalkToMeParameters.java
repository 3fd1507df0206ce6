package dev.teamgate.talktome;

import java.util.Map;
import java.util.Optional;

/**
 * The parameters of one call, merged from the query string, a form body and a JSON body (see
 * {@link ParameterReader}), plus the Authorization header as the alternative carrier of the key.
 * Blank values count as missing, as they do for the vendor.
 */
final class TalkToMeParameters {

    private final Map<String, String> values;
    private final String authorization;

    TalkToMeParameters(Map<String, String> values, String authorization) {
        this.values = Map.copyOf(values);
        this.authorization = authorization;
    }

    /** The trimmed value, if the parameter is present and not blank. */
    Optional<String> optional(String name) {
        String value = values.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    /** The trimmed value, or 400 {@code The parameter <name> must be filled.} */
    String required(String name) {
        return optional(name).orElseThrow(() -> TalkToMeErrors.missingParameter(name));
    }

    /**
     * The access key: the {@code key} parameter, else the Authorization header, raw or as
     * {@code Bearer <key>}.
     */
    Optional<String> accessKey() {
        return optional("key").or(this::keyFromAuthorization);
    }

    private Optional<String> keyFromAuthorization() {
        if (authorization == null || authorization.isBlank()) {
            return Optional.empty();
        }
        String header = authorization.trim();
        if (header.equalsIgnoreCase("Bearer")) {
            return Optional.empty(); // "Bearer " with its trailing space trimmed away in transit
        }
        if (header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            header = header.substring(7).trim();
        }
        return header.isEmpty() ? Optional.empty() : Optional.of(header);
    }
}
