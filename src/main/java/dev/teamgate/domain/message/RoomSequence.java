package dev.teamgate.domain.message;

import dev.teamgate.domain.NotFoundException;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A room's message sequence numbers, the one place that hands them out, shared by posting, bulk
 * loading and fixtures so no two can ever hand out the same number.
 *
 * <p>The counter lives in its own table, {@code room_sequence}, not on the room row: posting then
 * writes only message tables, and whatever was computed from rooms (who may see a flow, what a
 * credential is bound to) stays valid in the gateway's caches while messages come in. Its row is
 * made on a room's first message. Plain SQL, because a counter needs no entity.
 */
@Component
@RequiredArgsConstructor
public class RoomSequence {

    private static final String LOCK_COUNTER = "select last_seq from room_sequence where room_id = ? for update";

    private final JdbcTemplate jdbc;

    /**
     * Locks the room's counter until the calling transaction ends and returns the last number
     * handed out (0 before the first message). 404 for an unknown room.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long lock(Long roomId) {
        List<Long> last = jdbc.queryForList(LOCK_COUNTER, Long.class, roomId);
        if (!last.isEmpty()) {
            return last.get(0);
        }
        // The room's first number: its row lock keeps two first posts from both creating the counter.
        if (jdbc.queryForList("select id from room where id = ? for update", Long.class, roomId).isEmpty()) {
            throw new NotFoundException("room", roomId);
        }
        last = jdbc.queryForList(LOCK_COUNTER, Long.class, roomId);
        if (!last.isEmpty()) {
            return last.get(0);
        }
        jdbc.update("insert into room_sequence (room_id, last_seq) values (?, 0)", roomId);
        return 0;
    }

    /** Records {@code last} as handed out; call it after {@link #lock} in the same transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void advance(Long roomId, long last) {
        jdbc.update("update room_sequence set last_seq = ? where room_id = ?", last, roomId);
    }

    /** The last number handed out, as committed (0 before the first message). */
    @Transactional(readOnly = true)
    public long last(Long roomId) {
        List<Long> last = jdbc.queryForList("select last_seq from room_sequence where room_id = ?", Long.class, roomId);
        return last.isEmpty() ? 0 : last.get(0);
    }
}
