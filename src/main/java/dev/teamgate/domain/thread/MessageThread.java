package dev.teamgate.domain.thread;

import dev.teamgate.domain.integration.IntegrationSource;
import dev.teamgate.domain.room.Room;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.Instant;

/**
 * The current state of something that lives in another system (a support ticket, a pull request)
 * and that messages of a room are grouped under: messages carry the thread's {@code threadKey}.
 * {@code actions} and {@code fields} are JSON arrays kept as text; the thread owns no message.
 */
@Entity
public class MessageThread {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Room room;

    private String threadKey;
    /** The key the posting application uses for the entity, unique per source. */
    private String externalKey;

    @ManyToOne(fetch = FetchType.LAZY)
    private IntegrationSource source;

    private String title;

    @Column(length = 100_000)
    private String body;

    private String externalUrl;
    private String statusValue;
    private String statusColor;

    @Column(length = 100_000)
    private String actions;

    @Column(length = 100_000)
    private String fields;

    private Instant createdAt;
    private Instant updatedAt;

    protected MessageThread() {
    }

    public MessageThread(Room room, String threadKey, String title, Instant createdAt) {
        this.room = room;
        this.threadKey = threadKey;
        this.title = title;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    public Long getId() { return id; }
    public Room getRoom() { return room; }
    public String getThreadKey() { return threadKey; }
    public String getExternalKey() { return externalKey; }
    public void setExternalKey(String externalKey) { this.externalKey = externalKey; }
    public IntegrationSource getSource() { return source; }
    public void setSource(IntegrationSource source) { this.source = source; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public String getExternalUrl() { return externalUrl; }
    public void setExternalUrl(String externalUrl) { this.externalUrl = externalUrl; }
    public String getStatusValue() { return statusValue; }
    public void setStatusValue(String statusValue) { this.statusValue = statusValue; }
    public String getStatusColor() { return statusColor; }
    public void setStatusColor(String statusColor) { this.statusColor = statusColor; }
    public String getActions() { return actions; }
    public void setActions(String actions) { this.actions = actions; }
    public String getFields() { return fields; }
    public void setFields(String fields) { this.fields = fields; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
}
