package dev.teamgate.platform.auth;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpHeaders;

/** Parsing of the common credential carriers, shared by the vendors' authenticators. */
public final class BearerTokens {

    private BearerTokens() {
    }

    /** The token of an {@code Authorization: Bearer <token>} header, if there is one. */
    public static Optional<String> bearer(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        String token = header.substring(7).trim();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }

    /** The user and password of an {@code Authorization: Basic …} header, if it is well formed. */
    public static Optional<BasicCredentials> basic(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.toLowerCase(Locale.ROOT).startsWith("basic ")) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0
                    ? Optional.of(new BasicCredentials(decoded, ""))
                    : Optional.of(new BasicCredentials(decoded.substring(0, colon), decoded.substring(colon + 1)));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    /** True when an Authorization header is present at all (well formed or not). */
    public static boolean hasAuthorization(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return header != null && !header.isBlank();
    }

    public record BasicCredentials(String user, String password) {
    }
}
