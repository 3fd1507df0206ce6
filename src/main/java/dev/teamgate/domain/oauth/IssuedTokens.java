package dev.teamgate.domain.oauth;

import dev.teamgate.domain.credential.Credential;
import java.util.Set;

/**
 * An access token and its refresh token, in plain text this once; only digests are stored. The
 * refresh token (and {@code refresh}) is null when the vendor's policy gave the grant none.
 */
public record IssuedTokens(String accessToken, Credential access, String refreshToken, Credential refresh,
                           Set<String> scopes, long expiresInSeconds) {
}
