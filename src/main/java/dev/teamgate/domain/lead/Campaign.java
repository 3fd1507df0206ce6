package dev.teamgate.domain.lead;

import dev.teamgate.domain.account.Account;
import dev.teamgate.domain.workspace.Workspace;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.Instant;

/** An outreach effort of the workspace that leads can be attributed to. */
@Entity
public class Campaign {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Workspace workspace;

    private String externalId;
    private String name;
    private String status;

    @ManyToOne(fetch = FetchType.LAZY)
    private Account owner;

    private Instant startsAt;
    private Instant endsAt;
    private Instant createdAt;

    protected Campaign() {
    }

    public Campaign(Workspace workspace, String externalId, String name, Instant createdAt) {
        this.workspace = workspace;
        this.externalId = externalId;
        this.name = name;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public Workspace getWorkspace() { return workspace; }
    public String getExternalId() { return externalId; }
    public String getName() { return name; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public Account getOwner() { return owner; }
    public void setOwner(Account owner) { this.owner = owner; }
    public Instant getStartsAt() { return startsAt; }
    public void setStartsAt(Instant startsAt) { this.startsAt = startsAt; }
    public Instant getEndsAt() { return endsAt; }
    public void setEndsAt(Instant endsAt) { this.endsAt = endsAt; }
    public Instant getCreatedAt() { return createdAt; }
}
