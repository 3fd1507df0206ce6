package dev.teamgate.domain.file;

import dev.teamgate.domain.room.Room;
import dev.teamgate.domain.workspace.Workspace;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface StoredFileRepository extends JpaRepository<StoredFile, Long> {

    List<StoredFile> findByWorkspaceOrderById(Workspace workspace);

    List<StoredFile> findByRoomOrderById(Room room);

    java.util.Optional<StoredFile> findByWorkspaceAndExternalId(Workspace workspace, String externalId);

    /** Bytes a workspace occupies, for storage quotas. */
    @Query("select coalesce(sum(f.sizeBytes), 0) from StoredFile f where f.workspace = :workspace")
    long totalSize(Workspace workspace);

    /** Every storage path still referenced, so files left on disk by a reset can be told apart. */
    @Query("select f.storagePath from StoredFile f")
    List<String> findAllStoragePaths();
}
