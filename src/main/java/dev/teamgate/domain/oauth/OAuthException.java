package dev.teamgate.domain.oauth;

import dev.teamgate.domain.InvalidInputException;

/**
 * An OAuth 2.0 failure with its RFC 6749 error code ({@code invalid_client}, {@code invalid_grant},
 * {@code invalid_scope}, …). Vendors render it in the shape their token endpoint uses.
 */
public class OAuthException extends InvalidInputException {

    private final String error;

    public OAuthException(String error, String description) {
        super(error, description);
        this.error = error;
    }

    /** The RFC 6749 error code. */
    public String error() {
        return error;
    }
}
