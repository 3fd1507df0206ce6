package dev.teamgate.domain.message;

/** The outcome of a bulk append: the sequence numbers {@code firstSeq..lastSeq} were written. */
public record BulkAppended(Long roomId, int count, long firstSeq, long lastSeq) {
}
