package dev.teamgate.domain.conversation;

import dev.teamgate.domain.room.Room;
import dev.teamgate.domain.room.RoomKinds;
import dev.teamgate.domain.room.RoomRepository;
import dev.teamgate.domain.workspace.Workspace;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens and removes conversations together with the room that carries their messages. */
@Service
@RequiredArgsConstructor
public class ConversationService {

    private final RoomRepository rooms;
    private final ConversationRepository conversations;
    private final EntityManager entityManager;

    /** A new room of kind conversation (slug and external id both {@code externalId}) and its metadata. */
    @Transactional
    public Conversation open(Workspace workspace, String externalId, String subject, String status, Instant now) {
        Room room = rooms.save(new Room(workspace, externalId, externalId, RoomKinds.CONVERSATION, subject, now));
        return conversations.save(new Conversation(room, status, now));
    }

    /**
     * Removes the conversation, its room and its messages. Tickets that pointed at the room are kept
     * and merely unlinked (the room foreign key would otherwise cascade them away).
     */
    @Transactional
    public void delete(Conversation conversation) {
        Room room = conversation.getRoom();
        entityManager.flush();
        entityManager.createQuery("update Ticket t set t.room = null where t.room = :room")
                .setParameter("room", room).executeUpdate();
        // Children first, then parents: message replies point at their parent in the same room.
        entityManager.createQuery("delete from Message m where m.room = :room and m.parent is not null")
                .setParameter("room", room).executeUpdate();
        entityManager.createQuery("delete from Message m where m.room = :room")
                .setParameter("room", room).executeUpdate();
        conversations.delete(conversation);
        rooms.delete(room);
        entityManager.flush();
    }
}
