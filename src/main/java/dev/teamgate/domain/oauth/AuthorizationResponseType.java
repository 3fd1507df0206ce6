package dev.teamgate.domain.oauth;

import org.jspecify.annotations.Nullable;

/**
 * The {@code response_type} of an authorization request (RFC 6749 section 4.1.1): required, and
 * {@code code}, the only flow Teamgate serves. Its failures are {@link OAuthException}s worded
 * without a full stop, for the vendor to word as it does its own.
 */
public final class AuthorizationResponseType {

    private AuthorizationResponseType() {
    }

    /** Passes {@code code}; anything else is {@code invalid_request} (missing) or {@code unsupported_response_type}. */
    public static void requireCode(@Nullable String responseType) {
        if (responseType == null || responseType.isBlank()) {
            throw new OAuthException("invalid_request", "response_type is required");
        }
        if (!"code".equals(responseType)) {
            throw new OAuthException("unsupported_response_type", "Only response_type=code is supported");
        }
    }
}
