package dev.teamgate.domain.webhook;

import dev.teamgate.domain.workspace.Workspace;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Where a workspace wants its events delivered: a URL, the event names it subscribes to ({@code *}
 * for all) and the secret each delivery is signed with. The secret is kept in plain text because
 * the server computes the signature; it is the one secret Teamgate must be able to read back.
 */
@Entity
public class WebhookSubscription {

    public static final String ALL_EVENTS = "*";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Workspace workspace;

    private String externalId;
    private String url;
    /** Space-separated event names. */
    private String events;
    private String secret;
    private String description;
    private boolean active = true;
    private Instant createdAt;
    private Instant updatedAt;

    protected WebhookSubscription() {
    }

    public WebhookSubscription(Workspace workspace, String externalId, String url, List<String> events, String secret,
                               Instant createdAt) {
        this.workspace = workspace;
        this.externalId = externalId;
        this.url = url;
        setEventList(events);
        this.secret = secret;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    /** True when this subscription is active and wants {@code event}. */
    public boolean wants(String event) {
        Set<String> wanted = eventSet();
        return active && (wanted.contains(event) || wanted.contains(ALL_EVENTS));
    }

    public Set<String> eventSet() {
        return events == null || events.isBlank() ? Set.of()
                : new LinkedHashSet<>(Arrays.asList(events.trim().split("\\s+")));
    }

    public void setEventList(List<String> newEvents) {
        this.events = String.join(" ", new LinkedHashSet<>(newEvents));
    }

    public Long getId() { return id; }
    public Workspace getWorkspace() { return workspace; }
    public String getExternalId() { return externalId; }
    public String getUrl() { return url; }
    public void setUrl(String url) { this.url = url; }
    public String getSecret() { return secret; }
    public void setSecret(String secret) { this.secret = secret; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
}
