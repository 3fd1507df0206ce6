package dev.teamgate.domain.oauth;

import java.time.Duration;

/**
 * How one vendor's tokens look and live: the vendor whose apps may use them, the prefixes of the
 * generated secrets and the lifetimes ({@code refreshTokenLifetime} null: refresh tokens never expire).
 * {@code refreshScope} names the scope a grant must include to get a refresh token (OAuth's
 * {@code offline_access} convention); null means every grant gets one.
 */
public record TokenPolicy(String vendor, String accessTokenPrefix, String refreshTokenPrefix,
                          Duration accessTokenLifetime, Duration refreshTokenLifetime, String refreshScope) {

    /** A policy under which every grant gets a refresh token. */
    public TokenPolicy(String vendor, String accessTokenPrefix, String refreshTokenPrefix,
                       Duration accessTokenLifetime, Duration refreshTokenLifetime) {
        this(vendor, accessTokenPrefix, refreshTokenPrefix, accessTokenLifetime, refreshTokenLifetime, null);
    }

    boolean grantsRefreshToken(java.util.Set<String> scopes) {
        return refreshScope == null || scopes.contains(refreshScope);
    }
}
