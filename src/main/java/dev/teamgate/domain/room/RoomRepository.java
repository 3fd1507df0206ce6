package dev.teamgate.domain.room;

import dev.teamgate.domain.workspace.Workspace;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RoomRepository extends JpaRepository<Room, Long> {

    List<Room> findByWorkspaceOrderById(Workspace workspace);

    List<Room> findByWorkspaceAndKindOrderById(Workspace workspace, String kind);

    Optional<Room> findByWorkspaceAndSlug(Workspace workspace, String slug);

    Optional<Room> findByWorkspaceAndExternalId(Workspace workspace, String externalId);
}
