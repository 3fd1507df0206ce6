package dev.teamgate.commflow;

/**
 * The {@code WWW-Authenticate: Bearer …} challenge of RFC 6750 §3 on CommFlow's 401 and
 * insufficient-scope 403 answers. A request without credentials gets the bare challenge (§3.1
 * says no error code then); a malformed header is {@code invalid_request}; an unknown, expired or
 * revoked key or token is {@code invalid_token}.
 */
final class BearerChallenge {

    private static final String REALM = "Bearer realm=\"CommFlow\"";

    private BearerChallenge() {
    }

    static String unauthenticated(String code) {
        if (code == null || "missing_api_key".equals(code) || "authentication_required".equals(code)) {
            return REALM;
        }
        if ("invalid_authorization_header".equals(code)) {
            return REALM + ", error=\"invalid_request\", error_description=\"The Authorization header must use the Bearer scheme\"";
        }
        return REALM + ", error=\"invalid_token\", error_description=\"" + description(code) + "\"";
    }

    static String insufficientScope(String scope) {
        return REALM + ", error=\"insufficient_scope\", scope=\"" + scope + "\"";
    }

    private static String description(String code) {
        if (code.endsWith("_revoked")) {
            return "The credential has been revoked";
        }
        if (code.endsWith("_expired")) {
            return "The credential has expired";
        }
        return "The credential is unknown";
    }
}
