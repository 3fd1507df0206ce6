package dev.teamgate.domain.oauth;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Where the authorization endpoint sends the browser back to the app (RFC 6749 section 4.1.2):
 * the registered redirect URI with a {@code code}, or with {@code error} and
 * {@code error_description}; {@code state} goes back as it came. A URI that has a query already
 * gets the parameters appended to it.
 */
public final class AuthorizationRedirect {

    private AuthorizationRedirect() {
    }

    /** The redirect that hands the app its code. */
    public static String withCode(String redirectUri, String code, @Nullable String state) {
        return redirectUri + separator(redirectUri) + "code=" + encode(code) + stateParameter(state);
    }

    /** The redirect that tells the app about an error (RFC 6749 section 4.1.2.1). */
    public static String withError(String redirectUri, String error, String description, @Nullable String state) {
        return redirectUri + separator(redirectUri) + "error=" + encode(error) + "&error_description="
                + encode(description) + stateParameter(state);
    }

    private static String separator(String redirectUri) {
        return redirectUri.contains("?") ? "&" : "?";
    }

    private static String stateParameter(@Nullable String state) {
        return state == null ? "" : "&state=" + encode(state);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
