package dev.teamgate.domain.credential;

import dev.teamgate.domain.account.Account;
import dev.teamgate.domain.room.Room;
import dev.teamgate.domain.workspace.Workspace;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A secret that authenticates a caller. Only a SHA-256 digest of the secret is stored; the
 * {@code displayPrefix} is what logs, the journal and the control plane show instead.
 */
@Entity
public class Credential {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Workspace workspace;

    @ManyToOne(fetch = FetchType.LAZY)
    private Account account;

    @ManyToOne(fetch = FetchType.LAZY)
    private Room room;

    @Enumerated(EnumType.STRING)
    private CredentialKind kind;

    private String label;
    private String secretHash;
    private String sharedSecret;
    private String displayPrefix;
    /** Space-separated scopes; empty means the kind's default (all). */
    private String scopes;
    /** A vendor-chosen qualifier, such as the content kind a webhook URL is bound to. */
    private String binding;
    private Instant expiresAt;
    private Instant revokedAt;
    private Instant createdAt;
    /** For OAuth tokens: the id of the authorization code the token chain was issued from (RFC 6749 §4.1.2). */
    private Long grantCodeId;

    protected Credential() {
    }

    public Credential(Workspace workspace, CredentialKind kind, String secretHash, String displayPrefix,
                      Instant createdAt) {
        this.workspace = workspace;
        this.kind = kind;
        this.secretHash = secretHash;
        this.displayPrefix = displayPrefix;
        this.createdAt = createdAt;
    }

    /** Usable now: not revoked and not expired. */
    public boolean isUsableAt(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }

    /**
     * Usable at the clock's time. Reads the clock only for a credential that expires, so that an
     * answer given to a never-expiring credential does not count as depending on the time.
     */
    public boolean isUsableAt(Clock clock) {
        return revokedAt == null && (expiresAt == null || clock.instant().isBefore(expiresAt));
    }

    public Set<String> scopeSet() {
        if (scopes == null || scopes.isBlank()) {
            return Set.of();
        }
        return new LinkedHashSet<>(Arrays.asList(scopes.trim().split("\\s+")));
    }

    public Long getId() { return id; }
    public Workspace getWorkspace() { return workspace; }
    public Account getAccount() { return account; }
    public void setAccount(Account account) { this.account = account; }
    public Room getRoom() { return room; }
    public void setRoom(Room room) { this.room = room; }
    public CredentialKind getKind() { return kind; }
    public String getLabel() { return label; }
    public void setLabel(String label) { this.label = label; }
    public String getSecretHash() { return secretHash; }
    public String getSharedSecret() { return sharedSecret; }
    public void setSharedSecret(String sharedSecret) { this.sharedSecret = sharedSecret; }
    public String getDisplayPrefix() { return displayPrefix; }
    public String getScopes() { return scopes; }
    public void setScopes(String scopes) { this.scopes = scopes; }
    public String getBinding() { return binding; }
    public void setBinding(String binding) { this.binding = binding; }
    public Long getGrantCodeId() { return grantCodeId; }
    public void setGrantCodeId(Long grantCodeId) { this.grantCodeId = grantCodeId; }
    public Instant getExpiresAt() { return expiresAt; }
    public void setExpiresAt(Instant expiresAt) { this.expiresAt = expiresAt; }
    public Instant getRevokedAt() { return revokedAt; }
    public void setRevokedAt(Instant revokedAt) { this.revokedAt = revokedAt; }
    public Instant getCreatedAt() { return createdAt; }
}
