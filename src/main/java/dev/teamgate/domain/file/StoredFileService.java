package dev.teamgate.domain.file;

import dev.teamgate.domain.room.Room;
import dev.teamgate.domain.workspace.Workspace;
import java.time.Clock;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records files whose bytes {@link FileStorage} has already written, and answers quota questions. */
@Service
@RequiredArgsConstructor
public class StoredFileService {

    private final StoredFileRepository files;
    private final Clock clock;

    /** Stores the metadata of {@code staged} as a file in {@code room}. */
    @Transactional
    public StoredFile record(Room room, String name, String contentType, StagedFile staged) {
        return files.save(new StoredFile(room.getWorkspace(), room, UUID.randomUUID().toString(), name, contentType,
                staged.size(), staged.sha256(), staged.path().toString(), clock.instant()));
    }

    /** Stores the metadata of {@code staged} under an external id the caller chose (it appears in URLs). */
    @Transactional
    public StoredFile record(Room room, String externalId, String name, String contentType, StagedFile staged) {
        return files.save(new StoredFile(room.getWorkspace(), room, externalId, name, contentType,
                staged.size(), staged.sha256(), staged.path().toString(), clock.instant()));
    }

    @Transactional(readOnly = true)
    public java.util.Optional<StoredFile> find(Workspace workspace, String externalId) {
        return files.findByWorkspaceAndExternalId(workspace, externalId);
    }

    @Transactional(readOnly = true)
    public long usedBytes(Workspace workspace) {
        return files.totalSize(workspace);
    }
}
