package dev.teamgate.domain.conversation;

import dev.teamgate.domain.account.Account;
import dev.teamgate.domain.contact.Contact;
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
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The support-inbox side of a room of kind {@code conversation}: its lifecycle status, the channel
 * it came in through, who handles it, who it is with, its priority, tags and custom fields. The
 * room supplies the rest: subject (its name), external id, creation time and messages.
 */
@Entity
public class Conversation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    private Room room;

    private String status;
    private String channel;
    private String priority;

    @ManyToOne(fetch = FetchType.LAZY)
    private Account assignee;

    @ManyToOne(fetch = FetchType.LAZY)
    private Contact contact;

    /** A JSON object as text, or null for none. */
    @Column(length = 20_000)
    private String customFields;

    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "conversation_tag", joinColumns = @JoinColumn(name = "conversation_id"))
    @OrderColumn(name = "tag_order")
    @Column(name = "tag")
    private List<String> tags = new ArrayList<>();

    protected Conversation() {
    }

    public Conversation(Room room, String status, Instant updatedAt) {
        this.room = room;
        this.status = status;
        this.updatedAt = updatedAt;
    }

    public Long getId() { return id; }
    public Room getRoom() { return room; }
    public String getSubject() { return room.getName(); }
    public void setSubject(String subject) { room.setName(subject); }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getChannel() { return channel; }
    public void setChannel(String channel) { this.channel = channel; }
    public String getPriority() { return priority; }
    public void setPriority(String priority) { this.priority = priority; }
    public Account getAssignee() { return assignee; }
    public void setAssignee(Account assignee) { this.assignee = assignee; }
    public Contact getContact() { return contact; }
    public void setContact(Contact contact) { this.contact = contact; }
    public String getCustomFields() { return customFields; }
    public void setCustomFields(String customFields) { this.customFields = customFields; }
    public Instant getCreatedAt() { return room.getCreatedAt(); }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
    public List<String> getTags() { return tags; }

    /** Replaces the tags, keeping the given order and dropping repeats. */
    public void replaceTags(List<String> newTags) {
        tags.clear();
        newTags.stream().distinct().forEach(tags::add);
    }
}
