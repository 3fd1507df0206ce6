package dev.teamgate.commflow;

import dev.teamgate.domain.account.Account;
import dev.teamgate.domain.oauth.AuthorizationRedirect;
import dev.teamgate.domain.oauth.AuthorizationRefusedException;
import dev.teamgate.domain.oauth.AuthorizationResponseType;
import dev.teamgate.domain.oauth.IssuedTokens;
import dev.teamgate.domain.oauth.OAuthApp;
import dev.teamgate.domain.oauth.OAuthAppRepository;
import dev.teamgate.domain.oauth.OAuthApprovers;
import dev.teamgate.domain.oauth.OAuthException;
import dev.teamgate.domain.oauth.OAuthService;
import dev.teamgate.domain.oauth.TokenPolicy;
import dev.teamgate.platform.error.ApiProblem;
import dev.teamgate.platform.error.ApiProblemException;
import dev.teamgate.platform.error.ProblemKind;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * CommFlow's side of the OAuth 2.0 authorization code flow: checking an authorization request,
 * choosing the user who approves, issuing the code and exchanging codes and refresh tokens for
 * tokens. Access tokens start with {@code cf_at_}, refresh tokens with {@code cf_rt_}.
 */
@Component
@RequiredArgsConstructor
class OAuthFlow {

    private final OAuthAppRepository apps;
    private final OAuthApprovers approvers;
    private final OAuthService oauth;
    private final CommFlowProperties properties;

    /** An authorization request whose client and redirect URI are known good, so errors may now redirect. */
    record AuthorizationRequest(OAuthApp app, String redirectUri, boolean redirectUriGiven, String responseType,
                                String scope, String state, String codeChallenge, String codeChallengeMethod) {
    }

    /**
     * Checks client and redirect URI. These two are answered with an error page (a 400), never with a
     * redirect, so an unregistered URI can never receive anything (RFC 6749 section 4.1.2.1).
     */
    @Transactional(readOnly = true)
    public AuthorizationRequest check(String clientId, String redirectUri, String responseType, String scope,
                                      String state, String codeChallenge, String codeChallengeMethod) {
        if (clientId == null || clientId.isBlank()) {
            throw badAuthorization("client_id", "The 'client_id' parameter is required.");
        }
        OAuthApp app = apps.findByClientId(clientId)
                .filter(a -> CommFlowConfiguration.KEY.equals(a.getWorkspace().getVendor()))
                .orElseThrow(() -> badAuthorization("client_id", "No OAuth app has the client_id '" + clientId + "'."));
        List<String> registered = app.redirectUriList();
        String target;
        if (redirectUri == null || redirectUri.isBlank()) {
            if (registered.size() != 1) {
                throw badAuthorization("redirect_uri", "The 'redirect_uri' parameter is required for this app.");
            }
            target = registered.get(0);
        } else if (registered.contains(redirectUri)) {
            target = redirectUri;
        } else {
            throw badAuthorization("redirect_uri", "The 'redirect_uri' is not registered for this app.");
        }
        return new AuthorizationRequest(app, target, redirectUri != null && !redirectUri.isBlank(), responseType, scope,
                state, blankToNull(codeChallenge), blankToNull(codeChallengeMethod));
    }

    /** The scopes to grant, or an RFC 6749 error code to redirect with. */
    Set<String> scopes(AuthorizationRequest request) {
        Set<String> requested;
        try {
            requested = CommFlowScopes.parseRequested(request.scope());
        } catch (IllegalArgumentException unknown) {
            throw new OAuthException("invalid_scope", "Unknown scope '" + unknown.getMessage() + "'.");
        }
        Set<String> allowed = new LinkedHashSet<>();
        request.app().scopeSet().forEach(s -> CommFlowScopes.canonical(s).ifPresent(allowed::add));
        if (requested.isEmpty()) {
            return allowed.isEmpty() ? CommFlowScopes.ALL : allowed;
        }
        if (!allowed.isEmpty() && !allowed.containsAll(requested)) {
            throw new OAuthException("invalid_scope", "This app may not ask for " + String.join(" ", requested) + ".");
        }
        return requested;
    }

    /**
     * The scopes to grant, once what can only be reported by redirecting back to the app is checked:
     * a problem is an {@link AuthorizationRefusedException} (RFC 6749 section 4.1.2.1).
     */
    Set<String> validate(AuthorizationRequest request) {
        try {
            AuthorizationResponseType.requireCode(request.responseType());
            if (request.codeChallengeMethod() != null && !request.codeChallengeMethod().equals("S256")
                    && !request.codeChallengeMethod().equals("plain")) {
                throw new OAuthException("invalid_request", "code_challenge_method must be S256 or plain.");
            }
            if (request.codeChallengeMethod() != null && request.codeChallenge() == null) {
                throw new OAuthException("invalid_request", "code_challenge is required with code_challenge_method.");
            }
            return scopes(request);
        } catch (OAuthException refused) {
            throw new AuthorizationRefusedException(request.redirectUri(), refused.error(),
                    CommFlowErrors.sentence(refused.getMessage()), request.state());
        }
    }

    /** Who approves: the named user of the app's workspace, else the app's own user, else the first owner. */
    @Transactional(readOnly = true)
    public Account approver(OAuthApp app, String userId) {
        if (userId != null && !userId.isBlank()) {
            return approvers.named(app, userId)
                    .orElseThrow(() -> badAuthorization("user", "No active user '" + userId + "' in the app's workspace."));
        }
        return approvers.byDefault(app)
                .orElseThrow(() -> badAuthorization("user", "The app's workspace has no user who could approve."));
    }

    public List<Account> users(OAuthApp app) {
        return approvers.users(app);
    }

    /** The redirect that hands the app a new code. */
    @Transactional
    public String approve(AuthorizationRequest request, Set<String> scopes, Account user) {
        String code = oauth.issueCode(request.app(), user, request.redirectUriGiven() ? request.redirectUri() : null,
                scopes, request.codeChallenge(), request.codeChallengeMethod(), properties.oauth().codeLifetime());
        return AuthorizationRedirect.withCode(request.redirectUri(), code, request.state());
    }

    /** The user's answer on the consent page was not "approve": {@code access_denied}, back to the app. */
    AuthorizationRefusedException denied(AuthorizationRequest request) {
        return new AuthorizationRefusedException(request.redirectUri(), "access_denied", "The user denied the request.",
                request.state());
    }

    IssuedTokens exchangeCode(String clientId, String clientSecret, String code, String redirectUri, String verifier) {
        return oauth.exchangeCode(clientId, clientSecret, code, redirectUri, verifier, policy());
    }

    IssuedTokens refresh(String clientId, String clientSecret, String refreshToken, String scope) {
        Set<String> narrowed;
        try {
            narrowed = CommFlowScopes.parseRequested(scope);
        } catch (IllegalArgumentException unknown) {
            throw new OAuthException("invalid_scope", "Unknown scope '" + unknown.getMessage() + "'.");
        }
        return oauth.refresh(clientId, clientSecret, refreshToken, narrowed, policy());
    }

    /** CommFlow's tokens: {@code cf_at_} and {@code cf_rt_} prefixes, the configured lifetimes. */
    private TokenPolicy policy() {
        return new TokenPolicy(CommFlowConfiguration.KEY, "cf_at_", "cf_rt_",
                properties.oauth().accessTokenLifetime(), properties.oauth().refreshTokenLifetime());
    }

    private static ApiProblemException badAuthorization(String param, String message) {
        return new ApiProblemException(ApiProblem.of(ProblemKind.BAD_REQUEST, message, param).withCode("invalid_parameter"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
