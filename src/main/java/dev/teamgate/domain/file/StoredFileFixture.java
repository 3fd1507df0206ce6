package dev.teamgate.domain.file;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** A file's metadata in a fixture; {@code room} is a room slug. The bytes are not part of a fixture. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StoredFileFixture(
        String externalId,
        String room,
        String name,
        String contentType,
        Long size,
        String sha256,
        String storagePath,
        Instant createdAt) {
}
