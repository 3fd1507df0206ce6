package dev.teamgate.domain.oauth;

import dev.teamgate.domain.account.Account;
import dev.teamgate.domain.workspace.Workspace;
import jakarta.persistence.Column;
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
import java.util.List;
import java.util.Set;

/**
 * An OAuth 2.0 client application registered in a workspace. Only a digest of the client secret
 * is stored. {@code account} is the user who authorizes when nobody is chosen on the consent page;
 * {@code autoApprove} skips that page (for automated tests).
 */
@Entity
@Table(name = "oauth_app")
public class OAuthApp {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Workspace workspace;

    @ManyToOne(fetch = FetchType.LAZY)
    private Account account;

    private String clientId;
    private String clientSecretHash;
    private String secretDisplayPrefix;
    private String name;

    /** Space-separated exact redirect URIs. */
    @Column(length = 10_000)
    private String redirectUris;

    /** Space-separated scopes the app may ask for; empty means any. */
    private String scopes;

    private boolean autoApprove;
    private Instant createdAt;

    protected OAuthApp() {
    }

    public OAuthApp(Workspace workspace, String clientId, String clientSecretHash, String secretDisplayPrefix,
                    String name, Instant createdAt) {
        this.workspace = workspace;
        this.clientId = clientId;
        this.clientSecretHash = clientSecretHash;
        this.secretDisplayPrefix = secretDisplayPrefix;
        this.name = name;
        this.createdAt = createdAt;
    }

    public List<String> redirectUriList() {
        return split(redirectUris).stream().toList();
    }

    public void setRedirectUriList(List<String> uris) {
        this.redirectUris = String.join(" ", uris);
    }

    public Set<String> scopeSet() {
        return split(scopes);
    }

    public void setScopeSet(Set<String> newScopes) {
        this.scopes = newScopes == null || newScopes.isEmpty() ? null : String.join(" ", newScopes);
    }

    private static Set<String> split(String value) {
        if (value == null || value.isBlank()) {
            return Set.of();
        }
        return new LinkedHashSet<>(Arrays.asList(value.trim().split("\\s+")));
    }

    public Long getId() { return id; }
    public Workspace getWorkspace() { return workspace; }
    public Account getAccount() { return account; }
    public void setAccount(Account account) { this.account = account; }
    public String getClientId() { return clientId; }
    public String getClientSecretHash() { return clientSecretHash; }
    public String getSecretDisplayPrefix() { return secretDisplayPrefix; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public boolean isAutoApprove() { return autoApprove; }
    public void setAutoApprove(boolean autoApprove) { this.autoApprove = autoApprove; }
    public Instant getCreatedAt() { return createdAt; }
}
