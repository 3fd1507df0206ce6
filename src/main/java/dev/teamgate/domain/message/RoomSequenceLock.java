package dev.teamgate.domain.message;

import dev.teamgate.domain.NotFoundException;
import dev.teamgate.domain.room.Room;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.springframework.stereotype.Component;

/**
 * The one lock that hands out a room's message sequence numbers, shared by posting and bulk
 * loading so the two can never hand out the same number. Call it inside the writing transaction.
 */
@Component
public class RoomSequenceLock {

    private final EntityManager entityManager;

    public RoomSequenceLock(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Locks the room row and re-reads it. The refresh matters: with open-session-in-view the room
     * may already sit in the persistence context with a stale {@code lastSeq}, and a locking query
     * would hand back that cached instance unchanged. The flush first keeps an increment made
     * earlier in the same transaction from being thrown away by the refresh.
     */
    Room lock(Long roomId) {
        Room room = entityManager.find(Room.class, roomId);
        if (room == null) {
            throw new NotFoundException("room", roomId);
        }
        entityManager.flush();
        entityManager.refresh(room, LockModeType.PESSIMISTIC_WRITE);
        return room;
    }
}
