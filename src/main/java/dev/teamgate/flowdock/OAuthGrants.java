package dev.teamgate.flowdock;

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
import java.util.List;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * Flowdock's side of OAuth 2.0 as its authentication docs describe it: checking an authorization
 * request, choosing the user who approves, issuing the code, and the token endpoint's three grants
 * ({@code authorization_code}, {@code password}, {@code refresh_token}). A grant gets a refresh token
 * only with the {@code offline_access} scope. Apps, codes and tokens live in the vendor-neutral
 * {@code domain.oauth}; each app belongs to one organization, and so do its codes and tokens.
 */
@Component
@RequiredArgsConstructor
class OAuthGrants {

    /** The redirect URI of installed apps: the code is shown on a Flowdock page instead. */
    private static final String OUT_OF_BAND = "urn:ietf:wg:oauth:2.0:oob";

    private final OAuthAppRepository apps;
    private final OAuthApprovers approvers;
    private final OAuthService oauth;
    private final FlowdockProperties properties;

    /** An authorization request whose client and redirect URI are known good, so errors may now redirect. */
    record AuthorizationRequest(OAuthApp app, String redirectUri, String responseType, String scope, String state) {
    }

    /**
     * Checks client and redirect URI. These are answered with an error (a 400), never with a redirect,
     * so an unregistered URI can never receive anything (RFC 6749 section 4.1.2.1). Without a
     * {@code redirect_uri} the app's first registered one is used, as Flowdock's docs say.
     */
    AuthorizationRequest check(String clientId, String redirectUri, String responseType, String scope, String state) {
        if (clientId == null || clientId.isBlank()) {
            throw FlowdockErrors.oauthAuthorizeError("invalid_request", "client_id is required");
        }
        OAuthApp app = apps.findByClientId(clientId)
                .filter(a -> FlowdockConfiguration.KEY.equals(a.getWorkspace().getVendor()))
                .orElseThrow(() -> FlowdockErrors.oauthAuthorizeError("invalid_client", "Unknown client_id " + clientId));
        List<String> registered = app.redirectUriList();
        String target;
        if (redirectUri == null || redirectUri.isBlank()) {
            target = registered.get(0);
        } else if (registered.contains(redirectUri)) {
            target = redirectUri;
        } else {
            throw FlowdockErrors.oauthAuthorizeError("invalid_request", "The redirect_uri is not registered for this application");
        }
        return new AuthorizationRequest(app, target, responseType, scope, state);
    }

    /**
     * The scopes to grant; what is wrong here is reported by redirecting back to the app, as an
     * {@link AuthorizationRefusedException} (RFC 6749 section 4.1.2.1).
     */
    Set<String> validate(AuthorizationRequest request) {
        try {
            AuthorizationResponseType.requireCode(request.responseType());
            return scopesFor(request.app(), request.scope());
        } catch (OAuthException refused) {
            throw new AuthorizationRefusedException(request.redirectUri(), refused, request.state());
        }
    }

    /** Who approves: the named user of the app's organization, else the app's own user, else the first admin. */
    Account approver(OAuthApp app, String userId) {
        if (userId != null && !userId.isBlank()) {
            return approvers.named(app, userId)
                    .orElseThrow(() -> FlowdockErrors.oauthAuthorizeError("invalid_request",
                            "No active user " + userId + " in the application's organization"));
        }
        return approvers.byDefault(app)
                .orElseThrow(() -> FlowdockErrors.oauthAuthorizeError("invalid_request",
                        "The application's organization has no user who could approve"));
    }

    List<Account> users(OAuthApp app) {
        return approvers.users(app);
    }

    /** A new code for {@code user}, bound to the redirect URI it will be delivered to. */
    String issueCode(AuthorizationRequest request, Set<String> scopes, Account user) {
        return oauth.issueCode(request.app(), user, request.redirectUri(), scopes, null, null,
                properties.oauth().codeLifetime());
    }

    /** The redirect that hands the app its code, or for an out-of-band app the page showing it. */
    String codeRedirect(AuthorizationRequest request, String code, String outOfBandPage) {
        if (OUT_OF_BAND.equals(request.redirectUri())) {
            return outOfBandPage + "/" + code;
        }
        return AuthorizationRedirect.withCode(request.redirectUri(), code, request.state());
    }

    /** The user's answer on the consent page was not "approve": {@code access_denied}, back to the app. */
    AuthorizationRefusedException denied(AuthorizationRequest request) {
        return new AuthorizationRefusedException(request.redirectUri(), "access_denied", "The user denied the request",
                request.state());
    }

    IssuedTokens exchangeCode(String clientId, String clientSecret, String code, String redirectUri) {
        return oauth.exchangeCode(clientId, clientSecret, code, redirectUri, null, policy());
    }

    IssuedTokens password(String clientId, String clientSecret, String username, String password, String scope) {
        OAuthApp app = oauth.authenticateClient(FlowdockConfiguration.KEY, clientId, clientSecret);
        return oauth.passwordGrant(clientId, clientSecret, username, password, scopesFor(app, scope), policy());
    }

    IssuedTokens refresh(String clientId, String clientSecret, String refreshToken) {
        return oauth.refresh(clientId, clientSecret, refreshToken, null, policy());
    }

    /** Real Flowdock tokens carry no prefix; refresh tokens only come with offline_access. */
    private TokenPolicy policy() {
        return new TokenPolicy(FlowdockConfiguration.KEY, "", "", properties.oauth().accessTokenLifetime(), null,
                Scope.OFFLINE_ACCESS.value());
    }

    private static Set<String> scopesFor(OAuthApp app, String scope) {
        Set<String> requested;
        try {
            requested = Scopes.parse(scope);
        } catch (IllegalArgumentException unknown) {
            throw new OAuthException("invalid_scope", "Unknown scope " + unknown.getMessage());
        }
        Set<String> allowed = app.scopeSet();
        if (!allowed.isEmpty() && !allowed.containsAll(requested)) {
            throw new OAuthException("invalid_scope", "This application may not ask for "
                    + String.join(" ", requested));
        }
        return requested;
    }
}
