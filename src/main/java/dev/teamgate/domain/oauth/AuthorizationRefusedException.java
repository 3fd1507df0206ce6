package dev.teamgate.domain.oauth;

import dev.teamgate.domain.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * An authorization request refused by sending the browser back to the app with {@code error},
 * {@code error_description} and {@code state} (RFC 6749 section 4.1.2.1): what is wrong once the
 * client and its redirect URI are known good, or the user's denial. It carries the finished
 * {@link #location() location} ({@link AuthorizationRedirect#withError}); the web layer answers it
 * with a 302 there. Errors about the client or the redirect URI themselves are never redirected.
 */
public class AuthorizationRefusedException extends DomainException {

    private final String error;
    private final String location;

    /** Refuses with {@code error} and {@code description}, worded by the vendor. */
    public AuthorizationRefusedException(String redirectUri, String error, String description, @Nullable String state) {
        super(description);
        this.error = error;
        this.location = AuthorizationRedirect.withError(redirectUri, error, description, state);
    }

    /** Refuses with the RFC 6749 error code and description of an OAuth failure. */
    public AuthorizationRefusedException(String redirectUri, OAuthException cause, @Nullable String state) {
        this(redirectUri, cause.error(), cause.getMessage(), state);
        initCause(cause);
    }

    /** The RFC 6749 error code ({@code invalid_request}, {@code access_denied}, …). */
    public String error() {
        return error;
    }

    /** Where the browser goes back to: the redirect URI with the error's parameters. */
    public String location() {
        return location;
    }
}
