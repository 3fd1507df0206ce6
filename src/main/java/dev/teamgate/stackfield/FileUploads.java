package dev.teamgate.stackfield;

import dev.teamgate.domain.file.FileStorage;
import dev.teamgate.domain.file.FileTooLargeException;
import dev.teamgate.domain.file.StagedFile;
import dev.teamgate.domain.file.StorageFailureException;
import dev.teamgate.domain.file.StoredFileRepository;
import dev.teamgate.domain.file.UnreadableUploadException;
import dev.teamgate.platform.files.InstanceDirectory;
import dev.teamgate.platform.reset.ResetListener;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLConnection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

/**
 * The File webhook: the multipart part {@code File} is streamed to disk (never held whole in
 * memory) and recorded as a stored file of the room. Checks, in order: no file part 4041; a
 * {@code File} field that is not a file, a file without a name or with no bytes 4043; a blocked
 * extension 4045; larger than {@code files.max-file-size} 4042 "File is too big."; more than the
 * organization's free storage 4042 "not enough free storage"; unreadable while streaming 4043;
 * the server failing to store it 4044; the same file again within the double-request window 4057.
 * After a reset, files no longer referenced are removed from disk.
 */
@Component
class FileUploads implements ResetListener {

    private static final String PART = "File";
    private static final int NAME_LIMIT = 1_000;
    private static final int CONTENT_TYPE_LIMIT = 255;
    private static final String DEFAULT_CONTENT_TYPE = "application/octet-stream";

    private final FileStorage storage;
    private final UploadRecorder recorder;
    private final StoredFileRepository storedFiles;
    private final DoubleRequestGuard guard;
    private final long maxFileSize;
    private final String fileTooBigText;
    private final List<String> blockedExtensions;

    FileUploads(StackfieldProperties properties, UploadRecorder recorder, StoredFileRepository storedFiles,
                DoubleRequestGuard guard, InstanceDirectory instanceDirectory) {
        this.storage = new FileStorage(instanceDirectory.orDefault(properties.files().directory(), "stackfield-files"));
        this.recorder = recorder;
        this.storedFiles = storedFiles;
        this.guard = guard;
        this.maxFileSize = properties.files().maxFileSize().toBytes();
        this.fileTooBigText = StackfieldErrors.fileTooBigText(properties.files().maxFileSize());
        this.blockedExtensions = properties.files().blockedExtensions().stream()
                .map(e -> e.trim().toLowerCase(Locale.ROOT)).filter(e -> !e.isEmpty()).toList();
    }

    WebhookResult upload(WebhookTarget target, HttpServletRequest request) {
        MultipartFile file = filePart(request);
        String name = fileName(file);
        if (blocked(name)) {
            throw ResultCode.INVALID_FILE_TYPE.exception();
        }
        if (file.getSize() > maxFileSize) {
            throw ResultCode.FILE_TOO_BIG.exception(fileTooBigText);
        }
        if (file.getSize() == 0) {
            throw ResultCode.CANNOT_READ_FILE.exception();
        }
        recorder.checkFreeStorage(target, file.getSize());
        String contentType = contentType(file, name);
        StagedFile staged = stage(file);
        DoubleRequestGuard.Claim claim;
        try {
            claim = guard.claim(target.credentialId(), Digests.sha256Hex(name + "\n" + contentType + "\n" + staged.sha256()));
        } catch (RuntimeException doubleRequest) {
            storage.delete(staged.path().toString());
            throw doubleRequest;
        }
        try {
            recorder.record(target, name, contentType, staged);
        } catch (RuntimeException e) {
            storage.delete(staged.path().toString());
            guard.release(claim);
            throw e;
        }
        return WebhookResult.OK;
    }

    /** Where the uploads are written. */
    java.nio.file.Path storageRoot() {
        return storage.root();
    }

    @Override
    public void afterReset() {
        storage.deleteUnreferenced(storedFiles.findAllStoragePaths());
    }

    private static MultipartFile filePart(HttpServletRequest request) {
        MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        if (multipart == null) {
            throw ResultCode.NO_FILES.exception();
        }
        for (Map.Entry<String, MultipartFile> part : multipart.getFileMap().entrySet()) {
            if (part.getKey().equalsIgnoreCase(PART)) {
                return part.getValue();
            }
        }
        boolean textField = multipart.getParameterMap().keySet().stream().anyMatch(PART::equalsIgnoreCase);
        throw textField ? ResultCode.CANNOT_READ_FILE.exception() : ResultCode.NO_FILES.exception();
    }

    /** The client's file name without any path a browser or an old client sent along. */
    private static String fileName(MultipartFile file) {
        String original = file.getOriginalFilename();
        String name = original == null ? "" : original.substring(Math.max(original.lastIndexOf('/'),
                original.lastIndexOf('\\')) + 1).trim();
        if (name.isEmpty() || name.length() > NAME_LIMIT) {
            throw ResultCode.CANNOT_READ_FILE.exception();
        }
        return name;
    }

    private boolean blocked(String name) {
        int dot = name.lastIndexOf('.');
        return dot >= 0 && blockedExtensions.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static String contentType(MultipartFile file, String name) {
        String given = file.getContentType();
        if (given != null && !given.isBlank() && given.length() <= CONTENT_TYPE_LIMIT) {
            return given.trim();
        }
        String guessed = URLConnection.guessContentTypeFromName(name);
        return guessed == null ? DEFAULT_CONTENT_TYPE : guessed;
    }

    private StagedFile stage(MultipartFile file) {
        try (InputStream in = file.getInputStream()) {
            return storage.write(in, maxFileSize);
        } catch (FileTooLargeException e) {
            throw ResultCode.FILE_TOO_BIG.exception(fileTooBigText);
        } catch (UnreadableUploadException | IOException e) {
            throw ResultCode.CANNOT_READ_FILE.exception();
        } catch (StorageFailureException e) {
            throw ResultCode.ATTACHMENT_NOT_ADDED.exception();
        }
    }
}
