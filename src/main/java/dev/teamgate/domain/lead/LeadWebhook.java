package dev.teamgate.domain.lead;

import dev.teamgate.domain.workspace.Workspace;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.Instant;

/** An address outside Teamgate that is told about every lead added to its workspace. */
@Entity
public class LeadWebhook {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Workspace workspace;

    private String url;
    private Instant createdAt;

    protected LeadWebhook() {
    }

    public LeadWebhook(Workspace workspace, String url, Instant createdAt) {
        this.workspace = workspace;
        this.url = url;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public Workspace getWorkspace() { return workspace; }
    public String getUrl() { return url; }
    public Instant getCreatedAt() { return createdAt; }
}
