package dev.teamgate.stackfield;

import dev.teamgate.domain.file.StagedFile;
import dev.teamgate.domain.file.StoredFileService;
import dev.teamgate.domain.room.Room;
import dev.teamgate.domain.room.RoomRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The database side of a file upload: the organization's storage quota
 * ({@code files.organization-storage}, 4042) before the bytes are streamed, and again, with the
 * file's real size, when its metadata is recorded.
 */
@Service
class UploadRecorder {

    private final RoomRepository rooms;
    private final StoredFileService files;
    private final long organizationStorage;

    UploadRecorder(RoomRepository rooms, StoredFileService files, StackfieldProperties properties) {
        this.rooms = rooms;
        this.files = files;
        this.organizationStorage = properties.files().organizationStorage().toBytes();
    }

    @Transactional
    void checkFreeStorage(WebhookTarget target, long size) {
        Room room = room(target);
        if (files.usedBytes(room.getWorkspace()) + size > organizationStorage) {
            throw ResultCode.NOT_ENOUGH_STORAGE.exception();
        }
    }

    @Transactional
    void record(WebhookTarget target, String name, String contentType, StagedFile staged) {
        checkFreeStorage(target, staged.size());
        files.record(room(target), name, contentType, staged);
    }

    private Room room(WebhookTarget target) {
        return rooms.findById(target.roomId()).orElseThrow(ResultCode.INVALID_OBJECT_ID::exception);
    }
}
