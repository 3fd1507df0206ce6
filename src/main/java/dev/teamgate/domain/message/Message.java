package dev.teamgate.domain.message;

import dev.teamgate.domain.account.Account;
import dev.teamgate.domain.room.Room;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Anything posted to a room: chat lines, comments, statuses, files, feed posts, discussions.
 * {@code seq} is the per-room sequence number (1, 2, 3, … in posting order); {@code event} is the
 * kind of entry; {@code payload} holds structured content as JSON text when plain {@code content}
 * is not enough.
 */
@Entity
public class Message {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Room room;

    private long seq;

    @ManyToOne(fetch = FetchType.LAZY)
    private Account author;

    private String authorName;
    private String event;
    private String title;

    @Column(length = 1_000_000)
    private String content;

    @Column(length = 1_000_000)
    private String payload;

    @ManyToOne(fetch = FetchType.LAZY)
    private Message parent;

    private String threadKey;
    private String uuid;
    private String app;
    private boolean deleted;
    private Instant createdAt;
    private Instant editedAt;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "message_tag", joinColumns = @JoinColumn(name = "message_id"))
    @Column(name = "tag")
    private Set<String> tags = new LinkedHashSet<>();

    protected Message() {
    }

    public Message(Room room, long seq, String event, Instant createdAt) {
        this.room = room;
        this.seq = seq;
        this.event = event;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public Room getRoom() { return room; }
    public long getSeq() { return seq; }
    public Account getAuthor() { return author; }
    public void setAuthor(Account author) { this.author = author; }
    public String getAuthorName() { return authorName; }
    public void setAuthorName(String authorName) { this.authorName = authorName; }
    public String getEvent() { return event; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getContent() { return content; }
    public void setContent(String content) { this.content = content; }
    public String getPayload() { return payload; }
    public void setPayload(String payload) { this.payload = payload; }
    public Message getParent() { return parent; }
    public void setParent(Message parent) { this.parent = parent; }
    public String getThreadKey() { return threadKey; }
    public void setThreadKey(String threadKey) { this.threadKey = threadKey; }
    public String getUuid() { return uuid; }
    public void setUuid(String uuid) { this.uuid = uuid; }
    public String getApp() { return app; }
    public void setApp(String app) { this.app = app; }
    public boolean isDeleted() { return deleted; }
    public void setDeleted(boolean deleted) { this.deleted = deleted; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getEditedAt() { return editedAt; }
    public void setEditedAt(Instant editedAt) { this.editedAt = editedAt; }
    public Set<String> getTags() { return tags; }

    public void replaceTags(Set<String> newTags) {
        tags.clear();
        tags.addAll(newTags);
    }
}
