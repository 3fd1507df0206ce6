package dev.teamgate.domain.oauth;

import java.time.Duration;

/**
 * How one vendor's tokens look and live: the vendor whose apps may use them, the prefixes of the
 * generated secrets and the lifetimes ({@code refreshTokenLifetime} null: refresh tokens never expire).
 */
public record TokenPolicy(String vendor, String accessTokenPrefix, String refreshTokenPrefix,
                          Duration accessTokenLifetime, Duration refreshTokenLifetime) {
}
