package dev.teamgate.domain.file;

import dev.teamgate.domain.room.Room;
import dev.teamgate.domain.workspace.Workspace;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.Instant;

/**
 * A file someone uploaded into a room (or to the workspace at large). Only the metadata lives in
 * the database; the bytes sit on disk at {@code storagePath}, written by {@link FileStorage}.
 */
@Entity
public class StoredFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Workspace workspace;

    @ManyToOne(fetch = FetchType.LAZY)
    private Room room;

    private String externalId;
    private String name;
    private String contentType;
    private long sizeBytes;
    private String sha256;
    private String storagePath;
    private Instant createdAt;

    protected StoredFile() {
    }

    public StoredFile(Workspace workspace, Room room, String externalId, String name, String contentType,
                      long sizeBytes, String sha256, String storagePath, Instant createdAt) {
        this.workspace = workspace;
        this.room = room;
        this.externalId = externalId;
        this.name = name;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.storagePath = storagePath;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public Workspace getWorkspace() { return workspace; }
    public Room getRoom() { return room; }
    public String getExternalId() { return externalId; }
    public String getName() { return name; }
    public String getContentType() { return contentType; }
    public long getSizeBytes() { return sizeBytes; }
    public String getSha256() { return sha256; }
    public String getStoragePath() { return storagePath; }
    public Instant getCreatedAt() { return createdAt; }
}
