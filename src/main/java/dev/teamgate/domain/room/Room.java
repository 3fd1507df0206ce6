package dev.teamgate.domain.room;

import dev.teamgate.domain.workspace.Workspace;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.Instant;

/**
 * A place where messages are posted: a flow, a channel, a conversation, a feed or a private chat.
 * {@code kind} is a free string ({@link RoomKinds} lists the common ones) so a vendor can add its own.
 * Its message sequence numbers are handed out by {@code RoomSequence}, in a table of their own.
 */
@Entity
public class Room {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Workspace workspace;

    private String slug;
    private String externalId;
    private String kind;
    private String name;
    private String description;
    private boolean archived;
    private boolean encrypted;
    private boolean open = true;
    private String accessMode;
    private Instant createdAt;

    protected Room() {
    }

    public Room(Workspace workspace, String slug, String externalId, String kind, String name, Instant createdAt) {
        this.workspace = workspace;
        this.slug = slug;
        this.externalId = externalId;
        this.kind = kind;
        this.name = name;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public Workspace getWorkspace() { return workspace; }
    public String getSlug() { return slug; }
    public String getExternalId() { return externalId; }
    public String getKind() { return kind; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public boolean isArchived() { return archived; }
    public void setArchived(boolean archived) { this.archived = archived; }
    public boolean isEncrypted() { return encrypted; }
    public void setEncrypted(boolean encrypted) { this.encrypted = encrypted; }
    public boolean isOpen() { return open; }
    public void setOpen(boolean open) { this.open = open; }
    public String getAccessMode() { return accessMode; }
    public void setAccessMode(String accessMode) { this.accessMode = accessMode; }
    public Instant getCreatedAt() { return createdAt; }
}
