package dev.teamgate.domain.room;

import dev.teamgate.domain.account.Account;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** Membership of an account in a room. */
@Entity
public class RoomMember {

    @EmbeddedId
    private Key key;

    @MapsId("roomId")
    @ManyToOne(fetch = FetchType.LAZY)
    private Room room;

    @MapsId("accountId")
    @ManyToOne(fetch = FetchType.LAZY)
    private Account account;

    @Column(name = "is_admin")
    private boolean admin;
    private boolean blocked;
    private Instant joinedAt;
    /** This member's own open/closed tab state; null follows the room's {@code open}. */
    @Column(name = "is_open")
    private Boolean open;

    protected RoomMember() {
    }

    public RoomMember(Room room, Account account, boolean admin, Instant joinedAt) {
        this.key = new Key(room.getId(), account.getId());
        this.room = room;
        this.account = account;
        this.admin = admin;
        this.joinedAt = joinedAt;
    }

    public Room getRoom() { return room; }
    public Account getAccount() { return account; }
    public boolean isAdmin() { return admin; }
    public void setAdmin(boolean admin) { this.admin = admin; }
    public boolean isBlocked() { return blocked; }
    public void setBlocked(boolean blocked) { this.blocked = blocked; }
    public Instant getJoinedAt() { return joinedAt; }
    /** Whether the room is open for this member: their own choice, else the room's default. */
    public boolean isOpen() { return open != null ? open : room.isOpen(); }
    public void setOpen(boolean open) { this.open = open; }
    /** The member's own choice only: null when it follows the room (what fixtures keep). */
    public Boolean getOwnOpen() { return open; }
    public void setOwnOpen(Boolean open) { this.open = open; }

    @Embeddable
    public static class Key implements Serializable {
        private Long roomId;
        private Long accountId;

        protected Key() {
        }

        public Key(Long roomId, Long accountId) {
            this.roomId = roomId;
            this.accountId = accountId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(roomId, k.roomId) && Objects.equals(accountId, k.accountId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(roomId, accountId);
        }
    }
}
