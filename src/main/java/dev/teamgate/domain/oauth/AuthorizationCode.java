package dev.teamgate.domain.oauth;

import dev.teamgate.domain.account.Account;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/** A single-use, short-lived OAuth 2.0 authorization code; only its digest is stored. */
@Entity
@Table(name = "oauth_authorization_code")
public class AuthorizationCode {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private OAuthApp app;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Account account;

    private String codeHash;
    /** The redirect URI the authorization request named, which the token request must repeat; null if none. */
    private String redirectUri;
    private String scopes;
    private String codeChallenge;
    private String codeChallengeMethod;
    private Instant expiresAt;
    private Instant usedAt;
    private Instant createdAt;

    protected AuthorizationCode() {
    }

    public AuthorizationCode(OAuthApp app, Account account, String codeHash, String redirectUri, Set<String> scopes,
                             Instant expiresAt, Instant createdAt) {
        this.app = app;
        this.account = account;
        this.codeHash = codeHash;
        this.redirectUri = redirectUri;
        this.scopes = String.join(" ", scopes);
        this.expiresAt = expiresAt;
        this.createdAt = createdAt;
    }

    public Set<String> scopeSet() {
        return scopes == null || scopes.isBlank() ? Set.of()
                : new LinkedHashSet<>(Arrays.asList(scopes.trim().split("\\s+")));
    }

    public Long getId() { return id; }
    public OAuthApp getApp() { return app; }
    public Account getAccount() { return account; }
    public String getCodeHash() { return codeHash; }
    public String getRedirectUri() { return redirectUri; }
    public String getCodeChallenge() { return codeChallenge; }
    public String getCodeChallengeMethod() { return codeChallengeMethod; }
    public void setCodeChallenge(String challenge, String method) {
        this.codeChallenge = challenge;
        this.codeChallengeMethod = method;
    }
    public Instant getExpiresAt() { return expiresAt; }
    public Instant getUsedAt() { return usedAt; }
    public void setUsedAt(Instant usedAt) { this.usedAt = usedAt; }
    public Instant getCreatedAt() { return createdAt; }
}
