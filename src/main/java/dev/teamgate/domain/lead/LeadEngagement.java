package dev.teamgate.domain.lead;

import dev.teamgate.domain.message.Message;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.Instant;

/**
 * One thing a lead did that the workspace noticed: reacted to or commented on a post (then
 * {@code message} is that post), viewed or followed a member's profile, accepted a connection, …
 * {@code kind} is a free upper-case word such as {@code POST_ENGAGEMENT} or {@code PROFILE_VIEWER}.
 */
@Entity
public class LeadEngagement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Lead lead;

    private String externalId;
    private String kind;

    @ManyToOne(fetch = FetchType.LAZY)
    private Message message;

    /** Where it happened when that is not a post of the workspace (a profile, a page). */
    private String url;
    private String commentUrl;
    private String description;
    private Instant occurredAt;

    protected LeadEngagement() {
    }

    public LeadEngagement(Lead lead, String externalId, String kind, Instant occurredAt) {
        this.lead = lead;
        this.externalId = externalId;
        this.kind = kind;
        this.occurredAt = occurredAt;
    }

    public Long getId() { return id; }
    public Lead getLead() { return lead; }
    public String getExternalId() { return externalId; }
    public String getKind() { return kind; }
    public Message getMessage() { return message; }
    public void setMessage(Message message) { this.message = message; }
    public String getUrl() { return url; }
    public void setUrl(String url) { this.url = url; }
    public String getCommentUrl() { return commentUrl; }
    public void setCommentUrl(String commentUrl) { this.commentUrl = commentUrl; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public Instant getOccurredAt() { return occurredAt; }
}
