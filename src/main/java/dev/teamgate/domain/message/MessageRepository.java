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

    /** Newest first, below {@code beforeSeq} (exclusive); index-backed by uk_message_seq. */
    @Query("select m from Message m where m.room = :room and m.seq < :beforeSeq and m.seq > :afterSeq order by m.seq desc")
    List<Message> findNewest(Room room, long afterSeq, long beforeSeq, Pageable page);

    /** Oldest first, above {@code afterSeq} (exclusive). */
    @Query("select m from Message m where m.room = :room and m.seq > :afterSeq and m.seq < :beforeSeq order by m.seq asc")
    List<Message> findOldest(Room room, long afterSeq, long beforeSeq, Pageable page);

    long countByRoom(Room room);
}
