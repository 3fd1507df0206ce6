package dev.teamgate.domain.invitation;

import dev.teamgate.domain.account.Account;
import dev.teamgate.domain.room.Room;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.Instant;

/** An invitation for someone, known by e-mail address, to join a room. */
@Entity
public class RoomInvitation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Room room;

    @ManyToOne(fetch = FetchType.LAZY)
    private Account inviter;

    private String email;
    private String message;

    @Enumerated(EnumType.STRING)
    private InvitationState state = InvitationState.PENDING;

    private Instant createdAt;
    private Instant updatedAt;

    protected RoomInvitation() {
    }

    public RoomInvitation(Room room, String email, Instant createdAt) {
        this.room = room;
        this.email = email;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    public boolean isPending() {
        return state == InvitationState.PENDING;
    }

    public Long getId() { return id; }
    public Room getRoom() { return room; }
    public Account getInviter() { return inviter; }
    public void setInviter(Account inviter) { this.inviter = inviter; }
    public String getEmail() { return email; }
    public String getMessage() { return message; }
    public void setMessage(String message) { this.message = message; }
    public InvitationState getState() { return state; }
    public void setState(InvitationState state) { this.state = state; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
}
