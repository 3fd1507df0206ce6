package dev.teamgate.flowdock;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads the query string itself: {@code request.getParameter} would parse a form body too, and the
 * authenticator must leave the body alone. Kept hand-written (not {@code UriComponentsBuilder}):
 * Spring's URI parsing leaves {@code +} undecoded, while Flowdock's clients form-encode
 * {@code flow_token} and friends ({@code +} is a space); the first occurrence of a repeated key wins.
 */
final class QueryString {

    private QueryString() {
    }

    static Optional<String> first(HttpServletRequest request, String name) {
        String query = request.getQueryString();
        if (query == null || query.isEmpty()) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq));
            if (key.equals(name)) {
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                return value.isEmpty() ? Optional.empty() : Optional.of(value);
            }
        }
        return Optional.empty();
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return text;
        }
    }
}
