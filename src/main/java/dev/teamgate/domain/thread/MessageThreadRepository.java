package dev.teamgate.domain.thread;

import dev.teamgate.domain.integration.IntegrationSource;
import dev.teamgate.domain.room.Room;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MessageThreadRepository extends JpaRepository<MessageThread, Long> {

    Optional<MessageThread> findByRoomAndThreadKey(Room room, String threadKey);

    Optional<MessageThread> findFirstByRoomAndSourceAndExternalKey(Room room, IntegrationSource source, String externalKey);

    Optional<MessageThread> findFirstByRoomAndSourceIsNullAndExternalKey(Room room, String externalKey);

    List<MessageThread> findByRoomOrderById(Room room);

    /** Most recently updated first, with {@code since < updatedAt < until}. */
    @Query("""
            select t from MessageThread t where t.room = :room and t.updatedAt > :since and t.updatedAt < :until
            order by t.updatedAt desc, t.id desc""")
    List<MessageThread> findUpdatedBetween(Room room, Instant since, Instant until, Pageable page);

    /** How many live messages of {@code event} a thread holds. */
    @Query("""
            select count(m) from Message m where m.room = :room and m.threadKey = :threadKey and m.event = :event
            and m.deleted = false""")
    long countMessages(Room room, String threadKey, String event);
}
