package dev.teamgate.domain.credential;

/** What a credential is used as; vendors decide which kinds they accept. */
public enum CredentialKind {
    /** A long-lived key sent as a bearer token or basic-auth user (API keys, personal tokens). */
    API_KEY,
    /** An OAuth 2.0 access token issued by the emulator. */
    OAUTH_ACCESS_TOKEN,
    /** An OAuth 2.0 refresh token issued by the emulator. */
    OAUTH_REFRESH_TOKEN,
    /** An OAuth 2.0 client (application) secret. */
    OAUTH_CLIENT,
    /** A token bound to one room that lets an integration post without a user (sources, push tokens). */
    ROOM_TOKEN,
    /** A secret URL segment bound to one room or workspace and one kind of content (incoming webhooks). */
    WEBHOOK_URL,
    /** A company-wide shared secret from which the client computes short-lived keys. */
    SHARED_SECRET
}
