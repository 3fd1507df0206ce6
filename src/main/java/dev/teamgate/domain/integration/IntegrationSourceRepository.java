package dev.teamgate.domain.integration;

import dev.teamgate.domain.credential.Credential;
import dev.teamgate.domain.room.Room;
import dev.teamgate.domain.workspace.Workspace;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface IntegrationSourceRepository extends JpaRepository<IntegrationSource, Long> {

    /** Every source of the room, removed ones included, oldest first. */
    List<IntegrationSource> findByRoomOrderById(Room room);

    @Query("select s from IntegrationSource s where s.room = :room and s.deletedAt is null order by s.id")
    List<IntegrationSource> findActiveByRoom(Room room);

    @Query("select s from IntegrationSource s where s.room.workspace = :workspace and s.deletedAt is null order by s.id")
    List<IntegrationSource> findActiveByWorkspace(Workspace workspace);

    Optional<IntegrationSource> findFirstByCredential(Credential credential);
}
