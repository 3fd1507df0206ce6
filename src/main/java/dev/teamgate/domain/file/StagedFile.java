package dev.teamgate.domain.file;

import java.nio.file.Path;

/** Bytes that {@link FileStorage} has written to disk: where, how many, and their SHA-256 (hex). */
public record StagedFile(Path path, long size, String sha256) {
}
