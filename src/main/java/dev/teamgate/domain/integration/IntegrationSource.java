package dev.teamgate.domain.integration;

import dev.teamgate.domain.account.Account;
import dev.teamgate.domain.credential.Credential;
import dev.teamgate.domain.room.Room;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.Instant;

/**
 * An outside application connected to a room (an issue tracker, a CI server). It posts with the
 * room token ({@link Credential} of kind ROOM_TOKEN) issued when it was connected. Removing a
 * source revokes that token and keeps the row, so the old token can be told apart from a wrong one.
 */
@Entity
public class IntegrationSource {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Room room;

    @ManyToOne(fetch = FetchType.LAZY)
    private Credential credential;

    @ManyToOne(fetch = FetchType.LAZY)
    private Account creator;

    private String name;
    private String externalUrl;
    private String errorMessage;
    private String configurationUrl;
    /** The connecting application's own identifier (an OAuth client id, say), if known. */
    private String applicationRef;
    private String applicationName;
    private String applicationIcon;
    private Instant createdAt;
    private Instant updatedAt;
    private Instant deletedAt;

    protected IntegrationSource() {
    }

    public IntegrationSource(Room room, String name, Instant createdAt) {
        this.room = room;
        this.name = name;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public Long getId() { return id; }
    public Room getRoom() { return room; }
    public Credential getCredential() { return credential; }
    public void setCredential(Credential credential) { this.credential = credential; }
    public Account getCreator() { return creator; }
    public void setCreator(Account creator) { this.creator = creator; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getExternalUrl() { return externalUrl; }
    public void setExternalUrl(String externalUrl) { this.externalUrl = externalUrl; }
    public String getErrorMessage() { return errorMessage; }
    public void setErrorMessage(String errorMessage) { this.errorMessage = errorMessage; }
    public String getConfigurationUrl() { return configurationUrl; }
    public void setConfigurationUrl(String configurationUrl) { this.configurationUrl = configurationUrl; }
    public String getApplicationRef() { return applicationRef; }
    public void setApplicationRef(String applicationRef) { this.applicationRef = applicationRef; }
    public String getApplicationName() { return applicationName; }
    public void setApplicationName(String applicationName) { this.applicationName = applicationName; }
    public String getApplicationIcon() { return applicationIcon; }
    public void setApplicationIcon(String applicationIcon) { this.applicationIcon = applicationIcon; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
    public Instant getDeletedAt() { return deletedAt; }
    public void setDeletedAt(Instant deletedAt) { this.deletedAt = deletedAt; }
}
