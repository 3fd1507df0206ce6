package dev.teamgate.domain.message;

/** Published after a message is stored, so streams and outbound webhooks can react. */
public record MessagePosted(Long workspaceId, Long roomId, Long messageId, long seq) {
}
