package dev.teamgate.domain.credential;

/** A freshly issued credential and its secret, which is shown this once and never stored. */
public record IssuedCredential(Credential credential, String secret) {
}
