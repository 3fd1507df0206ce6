package dev.teamgate.platform.openapi;

/**
 * The statuses of OAuth 2.0 endpoints that their handlers decide at run time, worded once for every
 * vendor that serves OAuth: entries for a vendor's {@link HandlerStatuses} table.
 */
public final class OAuthStatuses {

    /**
     * The authorization endpoint's answer (RFC 6749 section 4.1.2). A refusal is thrown (a domain
     * {@code AuthorizationRefusedException}, answered by platform/web's {@code AuthorizationRefusalAdvice})
     * but is still this endpoint's 302, documented here.
     */
    public static final String REDIRECT = "302=Redirect to the client's redirect_uri with `code` and `state`, "
            + "or with `error` and `error_description` when the request is refused.";

    /** The token endpoint's refusal of a client it does not know (RFC 6749 section 5.2). */
    public static final String INVALID_CLIENT = "401=`{\"error\":\"invalid_client\"}` (RFC 6749 §5.2): the client id "
            + "or secret is wrong; the answer carries `WWW-Authenticate: Basic`.";

    private OAuthStatuses() {
    }
}
