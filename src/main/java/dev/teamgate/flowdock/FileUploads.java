package dev.teamgate.flowdock;

import dev.teamgate.domain.file.FileStorage;
import dev.teamgate.domain.file.StagedFile;
import dev.teamgate.domain.file.StoredFileRepository;
import dev.teamgate.domain.file.StoredFileService;
import dev.teamgate.domain.room.Room;
import dev.teamgate.platform.files.InstanceDirectory;
import dev.teamgate.platform.reset.ResetListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The file of a {@code file} message, as Flowdock takes it: a multipart {@code content} part, or
 * JSON {@code content: {data (Base64), content_type, file_name}}. The answer is the file's
 * metadata ({@code path, file_name, file_size, content_type}); the bytes are kept (a domain
 * {@code StoredFile} whose external id is the path's hash) for {@code GET /files/:id/:hash/:name}.
 * A reset removes the bytes its database no longer names.
 */
@Component
class FileUploads implements ResetListener {

    private final FlowdockProperties properties;
    private final ObjectMapper json;
    private final StoredFileService storedFiles;
    private final StoredFileRepository storedFileRows;
    private final FileStorage storage;

    FileUploads(FlowdockProperties properties, ObjectMapper json, StoredFileService storedFiles,
                StoredFileRepository storedFileRows, InstanceDirectory instanceDirectory) {
        this.properties = properties;
        this.json = json;
        this.storedFiles = storedFiles;
        this.storedFileRows = storedFileRows;
        this.storage = new FileStorage(instanceDirectory.orDefault(properties.filesDirectory(), "flowdock-files"));
    }

    @Override
    public void afterReset() {
        storage.deleteUnreferenced(storedFileRows.findAllStoragePaths());
    }

    /** The bytes of a stored file, for {@code GET /files/:id/:hash/:name}. */
    FileStorage storage() {
        return storage;
    }

    /** A file from a multipart {@code content} part or a JSON {@code content: {data, content_type, file_name}}. */
    ObjectNode read(FlowdockParams params, Room room) {
        byte[] data;
        String fileName;
        String contentType;
        MultipartFile part = params.file("content").orElse(null);
        if (part != null) {
            try {
                data = part.getBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            fileName = part.getOriginalFilename() == null || part.getOriginalFilename().isBlank()
                    ? "file" : part.getOriginalFilename();
            contentType = part.getContentType() == null ? "application/octet-stream" : part.getContentType();
        } else {
            JsonNode content = params.node("content");
            if (content == null) {
                throw FlowdockErrors.invalid("content", "can't be blank");
            }
            if (!content.isObject()) {
                throw FlowdockErrors.invalid("content", "must be an object with data, content_type and file_name");
            }
            JsonNode encoded = content.get("data");
            if (encoded == null || !encoded.isString() || encoded.asString().isBlank()) {
                throw FlowdockErrors.invalid("content.data", "can't be blank");
            }
            try {
                data = Base64.getDecoder().decode(encoded.asString().replaceAll("\\s", ""));
            } catch (IllegalArgumentException e) {
                throw FlowdockErrors.invalid("content.data", "is not valid Base64");
            }
            fileName = textOr(content, "file_name", "file");
            contentType = textOr(content, "content_type", "application/octet-stream");
        }
        if (data.length > properties.maxUploadBytes()) {
            throw FlowdockErrors.invalid("content", "is too large (maximum is " + properties.maxUploadBytes() + " bytes)");
        }
        FlowdockParams.checkLength("file_name", fileName, 255);
        FlowdockParams.checkLength("content_type", contentType, 255);
        // The bytes are kept so that the message's path downloads the file; the hash in the path is
        // random, so the path is the capability to read it (as Flowdock's short-lived file URLs were).
        String digest = java.util.UUID.randomUUID().toString().replace("-", "");
        StagedFile staged = storage.write(new java.io.ByteArrayInputStream(data), data.length);
        storedFiles.record(room, digest, fileName, contentType, staged);
        ObjectNode file = json.createObjectNode();
        file.put("path", "/files/" + room.getWorkspace().getExternalId() + "/" + digest + "/" + fileName);
        file.put("file_name", fileName);
        file.put("file_size", data.length);
        file.put("content_type", contentType);
        return file;
    }

    private static String textOr(JsonNode node, String field, String fallback) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isString()) {
            throw FlowdockErrors.invalid("content." + field, "is invalid");
        }
        return value.asString().isBlank() ? fallback : value.asString();
    }
}
