package dev.teamgate.domain.ticket;

import dev.teamgate.domain.account.Account;
import dev.teamgate.domain.contact.Contact;
import dev.teamgate.domain.room.Room;
import dev.teamgate.domain.workspace.Workspace;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/** A unit of work with a lifecycle: a support ticket, a task, a calendar event. */
@Entity
public class Ticket {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Workspace workspace;

    @ManyToOne(fetch = FetchType.LAZY)
    private Room room;

    private String externalId;
    private String subject;

    @Column(length = 1_000_000)
    private String description;

    private String status;
    private String priority;

    @ManyToOne(fetch = FetchType.LAZY)
    private Account assignee;

    @ManyToOne(fetch = FetchType.LAZY)
    private Contact contact;

    private Instant startsAt;
    private Instant endsAt;
    private Instant createdAt;
    private Instant updatedAt;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "ticket_participant",
            joinColumns = @JoinColumn(name = "ticket_id"),
            inverseJoinColumns = @JoinColumn(name = "account_id"))
    private Set<Account> participants = new LinkedHashSet<>();

    protected Ticket() {
    }

    public Ticket(Workspace workspace, String externalId, String subject, String status, Instant createdAt) {
        this.workspace = workspace;
        this.externalId = externalId;
        this.subject = subject;
        this.status = status;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    public Long getId() { return id; }
    public Workspace getWorkspace() { return workspace; }
    public Room getRoom() { return room; }
    public void setRoom(Room room) { this.room = room; }
    public String getExternalId() { return externalId; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getPriority() { return priority; }
    public void setPriority(String priority) { this.priority = priority; }
    public Account getAssignee() { return assignee; }
    public void setAssignee(Account assignee) { this.assignee = assignee; }
    public Contact getContact() { return contact; }
    public void setContact(Contact contact) { this.contact = contact; }
    public Instant getStartsAt() { return startsAt; }
    public void setStartsAt(Instant startsAt) { this.startsAt = startsAt; }
    public Instant getEndsAt() { return endsAt; }
    public void setEndsAt(Instant endsAt) { this.endsAt = endsAt; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
    public Set<Account> getParticipants() { return participants; }
}
