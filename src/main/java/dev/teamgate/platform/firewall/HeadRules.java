package dev.teamgate.platform.firewall;

import dev.teamgate.platform.error.ApiProblem;
import dev.teamgate.platform.error.ProblemKind;
import java.util.Optional;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * Checks on the request head that the container and Spring MVC would otherwise turn into a 500
 * deep inside a controller: a query string that is not valid percent-encoding, more query
 * parameters than the container parses, a {@code Content-Type} with a wildcard or no grammar.
 */
final class HeadRules {

    /** Tomcat's own limit ({@code server.tomcat.max-parameter-count}); it refuses more with a 500. */
    static final int MAX_QUERY_PARAMETERS = 1000;

    private HeadRules() {
    }

    static Optional<ApiProblem> violation(String queryString, String contentType) {
        if (queryString != null && !queryString.isEmpty()) {
            if (!validPercentEncoding(queryString)) {
                return Optional.of(ApiProblem.of(ProblemKind.BAD_REQUEST,
                        "The query string is not valid percent-encoding"));
            }
            if (countParameters(queryString) > MAX_QUERY_PARAMETERS) {
                return Optional.of(ApiProblem.of(ProblemKind.BAD_REQUEST,
                        "More than " + MAX_QUERY_PARAMETERS + " query parameters"));
            }
        }
        if (contentType != null && !contentType.isBlank()) {
            try {
                MediaType type = MediaType.parseMediaType(contentType);
                if (type.isWildcardType() || type.isWildcardSubtype()) {
                    return Optional.of(ApiProblem.of(ProblemKind.UNSUPPORTED_MEDIA_TYPE,
                            "Content-Type must name one media type, not a wildcard: " + contentType));
                }
            } catch (InvalidMediaTypeException e) {
                return Optional.of(ApiProblem.of(ProblemKind.UNSUPPORTED_MEDIA_TYPE,
                        "Content-Type is not a media type: " + contentType));
            }
        }
        return Optional.empty();
    }

    static boolean validPercentEncoding(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '%') {
                if (i + 2 >= text.length() || !isHex(text.charAt(i + 1)) || !isHex(text.charAt(i + 2))) {
                    return false;
                }
                i += 2;
            }
        }
        return true;
    }

    private static int countParameters(String query) {
        int count = 1;
        for (int i = 0; i < query.length(); i++) {
            if (query.charAt(i) == '&') {
                count++;
            }
        }
        return count;
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
