package dev.teamgate.commflow;

import dev.teamgate.domain.credential.Credential;
import dev.teamgate.domain.credential.CredentialKind;
import dev.teamgate.domain.credential.CredentialCheck;
import dev.teamgate.domain.credential.CredentialLookup;
import dev.teamgate.domain.workspace.Workspace;
import dev.teamgate.platform.auth.AuthOutcome;
import dev.teamgate.platform.auth.BearerTokens;
import dev.teamgate.platform.auth.Caller;
import dev.teamgate.platform.auth.VendorAuthenticator;
import dev.teamgate.platform.error.ApiProblem;
import dev.teamgate.platform.error.ProblemKind;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * {@code Authorization: Bearer <secret>}: an API key ({@code sk_live_…} or {@code sk_test_…}, the
 * prefix deciding the mode) or an OAuth access token. The OAuth endpoints themselves are open;
 * the token endpoint authenticates the client from the request body.
 */
@Component
@RequiredArgsConstructor
class CommFlowAuthenticator implements VendorAuthenticator {

    private static final String LIVE_KEY_PREFIX = "sk_live_";
    private static final String TEST_KEY_PREFIX = "sk_test_";

    /** Caller attributes. */
    private static final String MODE = "mode";
    static final String PLAN = "plan";
    private static final String PUBLIC_WORKSPACE_ID = "publicWorkspaceId";
    private static final String AUTH = "auth";
    static final String NO_API_KEY = "No API key provided. Send it in the header 'Authorization: Bearer sk_live_...'.";

    private final CredentialLookup credentials;

    @Override
    public AuthOutcome authenticate(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith(OAuthController.PATH + "/")) {
            return AuthOutcome.anonymous();
        }
        if (!BearerTokens.hasAuthorization(request)) {
            return refused("missing_api_key", NO_API_KEY);
        }
        Optional<String> token = BearerTokens.bearer(request);
        if (token.isEmpty()) {
            return refused("invalid_authorization_header",
                    "The Authorization header must have the form 'Bearer <API key or access token>'.");
        }
        String secret = token.get();
        if (secret.startsWith(LIVE_KEY_PREFIX) || secret.startsWith(TEST_KEY_PREFIX)) {
            return apiKey(secret);
        }
        return accessToken(secret);
    }

    private AuthOutcome apiKey(String secret) {
        String shown = masked(secret);
        CredentialCheck check = credentials.check(secret, CredentialKind.API_KEY, CommFlowConfiguration.KEY);
        switch (check.status()) {
            case UNKNOWN -> {
                return refused("invalid_api_key", "Invalid API key provided: " + shown);
            }
            case REVOKED -> {
                return refused("api_key_revoked", "This API key has been revoked: " + shown);
            }
            case EXPIRED -> {
                return refused("api_key_expired", "This API key has expired: " + shown);
            }
            default -> {
            }
        }
        Credential key = check.credential();
        String mode = secret.startsWith(TEST_KEY_PREFIX) ? CommFlowWorkspaces.TEST : CommFlowWorkspaces.LIVE;
        if (!mode.equals(CommFlowWorkspaces.mode(key.getWorkspace()))) {
            // A fixture put a test key into a live workspace (or the reverse): never let it cross modes.
            return refused("invalid_api_key", "Invalid API key provided: " + shown);
        }
        return authenticated(key, "api_key");
    }

    private AuthOutcome accessToken(String secret) {
        CredentialCheck check = credentials.check(secret, CredentialKind.OAUTH_ACCESS_TOKEN, CommFlowConfiguration.KEY);
        return switch (check.status()) {
            case UNKNOWN -> refused("invalid_access_token", "Invalid API key or access token provided.");
            case REVOKED -> refused("access_token_revoked", "This access token has been revoked.");
            case EXPIRED -> refused("access_token_expired",
                    "This access token has expired. Use the refresh token to get a new one.");
            case USABLE -> authenticated(check.credential(), "oauth");
        };
    }

    private AuthOutcome authenticated(Credential credential, String auth) {
        Workspace workspace = credential.getWorkspace();
        if (!workspace.isApiAccess()) {
            return AuthOutcome.refused(ApiProblem.of(ProblemKind.FORBIDDEN, "API access is disabled for this workspace.")
                    .withCode("api_access_disabled"));
        }
        String mode = CommFlowWorkspaces.mode(workspace);
        String publicId = CommFlowWorkspaces.publicId(workspace);
        String plan = CommFlowWorkspaces.plan(workspace);
        Map<String, Object> attributes = plan == null
                ? Map.of(MODE, mode, PUBLIC_WORKSPACE_ID, publicId, AUTH, auth)
                : Map.of(MODE, mode, PUBLIC_WORKSPACE_ID, publicId, AUTH, auth, PLAN, plan);
        // One rate-limit bucket per workspace and mode, whichever key or token is used (limits are per plan).
        String bucket = "workspace:" + publicId + ":" + mode;
        return AuthOutcome.authenticated(new Caller(CommFlowConfiguration.KEY, workspace.getId(),
                credential.getAccount() == null ? null : credential.getAccount().getId(), credential.getId(), bucket,
                credential.getDisplayPrefix(), CommFlowScopes.granted(credential.scopeSet()), attributes));
    }

    /** Like CommFlow's dashboard: the mode prefix and the last four characters, {@code sk_live_****abcd}. */
    static String masked(String key) {
        String prefix = key.substring(0, LIVE_KEY_PREFIX.length());
        String rest = key.substring(prefix.length());
        return prefix + "****" + (rest.length() > 4 ? rest.substring(rest.length() - 4) : "");
    }

    private static AuthOutcome refused(String code, String message) {
        return AuthOutcome.refused(CommFlowErrors.unauthenticated(code, message));
    }
}
