package dev.teamgate.domain.oauth;

/** A newly registered app and its client secret, shown this once and never stored. */
public record RegisteredApp(OAuthApp app, String clientSecret) {
}
