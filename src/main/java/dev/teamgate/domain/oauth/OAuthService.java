package dev.teamgate.domain.oauth;

import dev.teamgate.domain.ConflictException;
import dev.teamgate.domain.InvalidInputException;
import dev.teamgate.domain.account.Account;
import dev.teamgate.domain.account.AccountRepository;
import dev.teamgate.domain.credential.Credential;
import dev.teamgate.domain.credential.CredentialKind;
import dev.teamgate.domain.credential.CredentialRepository;
import dev.teamgate.domain.credential.CredentialService;
import dev.teamgate.domain.credential.IssuedCredential;
import dev.teamgate.domain.credential.PasswordHasher;
import dev.teamgate.domain.credential.SecretHasher;
import dev.teamgate.domain.workspace.Workspace;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A small OAuth 2.0 authorization server (RFC 6749 authorization code, resource owner password and
 * refresh token grants, optional PKCE per RFC 7636). Apps, codes and tokens are stored as digests; tokens are
 * credentials bound to the app's client id.
 */
@Service
@RequiredArgsConstructor
public class OAuthService {

    private final OAuthAppRepository apps;
    private final AuthorizationCodeRepository codes;
    private final CredentialService credentialService;
    private final CredentialRepository credentials;
    private final GrantRevocation grantRevocation;
    private final AccountRepository accounts;
    private final Clock clock;

    @Transactional
    public RegisteredApp register(Workspace workspace, NewOAuthApp spec) {
        if (spec.name() == null || spec.name().isBlank()) {
            throw new InvalidInputException("name", "name is required");
        }
        if (spec.redirectUris() == null || spec.redirectUris().isEmpty()) {
            throw new InvalidInputException("redirectUris", "at least one redirect URI is required");
        }
        for (String uri : spec.redirectUris()) {
            requireRedirectUri(uri);
        }
        String clientId = spec.clientId() != null ? spec.clientId() : orEmpty(spec.clientIdPrefix()) + SecretHasher.randomSecret(24);
        if (apps.findByClientId(clientId).isPresent()) {
            throw new ConflictException("an app with client id " + clientId + " already exists");
        }
        String secret = spec.clientSecret() != null ? spec.clientSecret()
                : orEmpty(spec.clientSecretPrefix()) + SecretHasher.randomSecret(40);
        OAuthApp app = new OAuthApp(workspace, clientId, SecretHasher.sha256Hex(secret), SecretHasher.displayPrefix(secret),
                spec.name(), clock.instant());
        app.setRedirectUriList(List.copyOf(spec.redirectUris()));
        app.setScopeSet(spec.scopes());
        app.setAutoApprove(spec.autoApprove());
        app.setAccount(spec.account());
        return new RegisteredApp(apps.save(app), secret);
    }

    /** Removes an app and revokes every token it was issued. */
    @Transactional
    public void delete(OAuthApp app) {
        Instant now = clock.instant();
        for (Credential c : credentials.findByWorkspaceOrderById(app.getWorkspace())) {
            boolean token = c.getKind() == CredentialKind.OAUTH_ACCESS_TOKEN || c.getKind() == CredentialKind.OAUTH_REFRESH_TOKEN;
            if (token && app.getClientId().equals(c.getBinding()) && c.getRevokedAt() == null) {
                c.setRevokedAt(now);
            }
        }
        apps.delete(app);
    }

    /** A new authorization code for {@code account}; returns the plain code. */
    @Transactional
    public String issueCode(OAuthApp app, Account account, String redirectUri, Set<String> scopes, String codeChallenge,
                            String codeChallengeMethod, Duration lifetime) {
        String code = SecretHasher.randomSecret(40);
        Instant now = clock.instant();
        AuthorizationCode stored = new AuthorizationCode(app, account, SecretHasher.sha256Hex(code), redirectUri, scopes,
                now.plus(lifetime), now);
        if (codeChallenge != null) {
            stored.setCodeChallenge(codeChallenge, codeChallengeMethod == null ? "plain" : codeChallengeMethod);
        }
        codes.save(stored);
        return code;
    }

    /** The app of {@code clientId} if it belongs to {@code vendor} and {@code clientSecret} is its secret. */
    @Transactional(readOnly = true)
    public OAuthApp authenticateClient(String vendor, String clientId, String clientSecret) {
        if (clientId == null || clientId.isEmpty()) {
            throw new OAuthException("invalid_client", "client_id is required");
        }
        OAuthApp app = apps.findByClientId(clientId)
                .filter(a -> a.getWorkspace().getVendor().equals(vendor))
                .orElseThrow(() -> new OAuthException("invalid_client", "Unknown client_id " + clientId));
        if (clientSecret == null || !MessageDigest.isEqual(
                SecretHasher.sha256Hex(clientSecret).getBytes(StandardCharsets.US_ASCII),
                app.getClientSecretHash().getBytes(StandardCharsets.US_ASCII))) {
            throw new OAuthException("invalid_client", "Client authentication failed");
        }
        return app;
    }

    /** The authorization code grant: a valid, unused, unexpired code of this client becomes tokens. */
    @Transactional
    public IssuedTokens exchangeCode(String clientId, String clientSecret, String code, String redirectUri,
                                     String codeVerifier, TokenPolicy policy) {
        OAuthApp app = authenticateClient(policy.vendor(), clientId, clientSecret);
        if (code == null || code.isEmpty()) {
            throw new OAuthException("invalid_request", "code is required");
        }
        Instant now = clock.instant();
        AuthorizationCode stored = codes.findByCodeHash(SecretHasher.sha256Hex(code))
                .filter(c -> c.getApp().getId().equals(app.getId()))
                .orElseThrow(() -> new OAuthException("invalid_grant", "The authorization code is invalid"));
        if (stored.getUsedAt() != null) {
            // RFC 6749 section 4.1.2: a replayed code may mean it was stolen; revoke what it gave.
            grantRevocation.revokeTokensIssuedFrom(stored.getId());
            throw new OAuthException("invalid_grant", "The authorization code has already been used");
        }
        if (!now.isBefore(stored.getExpiresAt())) {
            throw new OAuthException("invalid_grant", "The authorization code has expired");
        }
        if (stored.getRedirectUri() != null && !stored.getRedirectUri().equals(redirectUri)) {
            throw new OAuthException("invalid_grant", "redirect_uri does not match the authorization request");
        }
        verifyPkce(stored, codeVerifier);
        stored.setUsedAt(now);
        return issueTokens(app, stored.getAccount(), stored.scopeSet(), policy, stored.getId());
    }

    /**
     * The resource owner password grant (RFC 6749 section 4.3): an active user of the app's own
     * workspace, found by e-mail and password, gets tokens with {@code scopes}. Tokens never reach
     * past the app's workspace, so a user of another workspace is refused like a wrong password.
     */
    @Transactional
    public IssuedTokens passwordGrant(String clientId, String clientSecret, String email, String password,
                                      Set<String> scopes, TokenPolicy policy) {
        OAuthApp app = authenticateClient(policy.vendor(), clientId, clientSecret);
        if (email == null || email.isEmpty() || password == null || password.isEmpty()) {
            throw new OAuthException("invalid_request", "username and password are required");
        }
        Account account = accounts.findByEmailIgnoreCase(email).stream()
                .filter(a -> a.getWorkspace().getId().equals(app.getWorkspace().getId()))
                .filter(a -> a.isActive() && PasswordHasher.matches(password, a.getPasswordHash()))
                .findFirst()
                .orElseThrow(() -> new OAuthException("invalid_grant", "Invalid username or password"));
        return issueTokens(app, account, scopes, policy, null);
    }

    /** The refresh token grant: the old refresh token is revoked and a new pair issued (rotation). */
    @Transactional
    public IssuedTokens refresh(String clientId, String clientSecret, String refreshToken, Set<String> narrowedScopes,
                                TokenPolicy policy) {
        OAuthApp app = authenticateClient(policy.vendor(), clientId, clientSecret);
        if (refreshToken == null || refreshToken.isEmpty()) {
            throw new OAuthException("invalid_request", "refresh_token is required");
        }
        Credential old = credentialService.findUsable(refreshToken, CredentialKind.OAUTH_REFRESH_TOKEN, policy.vendor())
                .filter(c -> app.getClientId().equals(c.getBinding()))
                .orElseThrow(() -> new OAuthException("invalid_grant", "The refresh token is invalid, expired or revoked"));
        Set<String> scopes = old.scopeSet();
        if (narrowedScopes != null && !narrowedScopes.isEmpty()) {
            if (!scopes.containsAll(narrowedScopes)) {
                throw new OAuthException("invalid_scope", "The requested scope exceeds the scope originally granted");
            }
            scopes = narrowedScopes;
        }
        credentialService.revoke(old.getId());
        return issueTokens(app, old.getAccount(), scopes, policy, old.getGrantCodeId());
    }

    private IssuedTokens issueTokens(OAuthApp app, Account account, Set<String> scopes, TokenPolicy policy,
                                     Long grantCodeId) {
        Instant now = clock.instant();
        IssuedCredential access = credentialService.issue(app.getWorkspace(), CredentialKind.OAUTH_ACCESS_TOKEN, account,
                policy.accessTokenPrefix());
        decorate(access.credential(), app, scopes, now.plus(policy.accessTokenLifetime()));
        access.credential().setGrantCodeId(grantCodeId);
        if (!policy.grantsRefreshToken(scopes)) {
            return new IssuedTokens(access.secret(), access.credential(), null, null, scopes,
                    policy.accessTokenLifetime().toSeconds());
        }
        IssuedCredential refresh = credentialService.issue(app.getWorkspace(), CredentialKind.OAUTH_REFRESH_TOKEN, account,
                policy.refreshTokenPrefix());
        decorate(refresh.credential(), app, scopes,
                policy.refreshTokenLifetime() == null ? null : now.plus(policy.refreshTokenLifetime()));
        refresh.credential().setGrantCodeId(grantCodeId);
        return new IssuedTokens(access.secret(), access.credential(), refresh.secret(), refresh.credential(), scopes,
                policy.accessTokenLifetime().toSeconds());
    }

    private static void decorate(Credential credential, OAuthApp app, Set<String> scopes, Instant expiresAt) {
        credential.setBinding(app.getClientId());
        credential.setLabel(app.getName());
        credential.setScopes(scopes.isEmpty() ? null : String.join(" ", scopes));
        credential.setExpiresAt(expiresAt);
    }

    private static void verifyPkce(AuthorizationCode stored, String verifier) {
        if (stored.getCodeChallenge() == null) {
            return;
        }
        if (verifier == null || verifier.isEmpty()) {
            throw new OAuthException("invalid_grant", "code_verifier is required for this authorization code");
        }
        String expected = "S256".equals(stored.getCodeChallengeMethod()) ? s256(verifier) : verifier;
        if (!expected.equals(stored.getCodeChallenge())) {
            throw new OAuthException("invalid_grant", "code_verifier does not match the code challenge");
        }
    }

    private static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Redirect URIs must be absolute and carry no fragment (RFC 6749 section 3.1.2). */
    public static void requireRedirectUri(String uri) {
        try {
            URI parsed = new URI(uri);
            if (!parsed.isAbsolute() || parsed.getFragment() != null || uri.length() > 2000) {
                throw new InvalidInputException("redirectUris", "redirect URI must be absolute, without fragment: " + uri);
            }
        } catch (URISyntaxException | NullPointerException e) {
            throw new InvalidInputException("redirectUris", "redirect URI is not a valid URI: " + uri);
        }
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
