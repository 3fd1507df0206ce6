package dev.teamgate.domain.message;

import dev.teamgate.domain.room.Room;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MessageRepository extends JpaRepository<Message, Long> {

    Optional<Message> findByRoomAndSeq(Room room, long seq);

    Optional<Message> findFirstByRoomAndUuid(Room room, String uuid);

    /**
     * Newest first, below {@code beforeSeq} (exclusive); read straight from uk_message_seq (room_id,
     * seq), which needs the room in the ORDER BY on H2 (see {@link MessageQueryService#NEWEST_FIRST}).
     */
    @Query("select m from Message m where m.room = :room and m.seq < :beforeSeq and m.seq > :afterSeq"
            + MessageQueryService.NEWEST_FIRST)
    List<Message> findNewest(Room room, long afterSeq, long beforeSeq, Pageable page);

    /** Oldest first, above {@code afterSeq} (exclusive); index-backed like {@link #findNewest}. */
    @Query("select m from Message m where m.room = :room and m.seq > :afterSeq and m.seq < :beforeSeq"
            + MessageQueryService.OLDEST_FIRST)
    List<Message> findOldest(Room room, long afterSeq, long beforeSeq, Pageable page);

    long countByRoom(Room room);
}
