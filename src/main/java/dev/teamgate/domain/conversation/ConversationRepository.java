package dev.teamgate.domain.conversation;

import dev.teamgate.domain.room.Room;
import dev.teamgate.domain.workspace.Workspace;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface ConversationRepository extends JpaRepository<Conversation, Long>, JpaSpecificationExecutor<Conversation> {

    Optional<Conversation> findByRoom(Room room);

    @Query("select c from Conversation c join fetch c.room r where r.workspace = :workspace and r.externalId = :externalId")
    Optional<Conversation> findByWorkspaceAndExternalId(Workspace workspace, String externalId);

    @Query("select c from Conversation c join fetch c.room r where r.workspace = :workspace order by c.id")
    List<Conversation> findByWorkspaceOrderById(Workspace workspace);
}
