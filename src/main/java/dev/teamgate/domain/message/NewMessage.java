package dev.teamgate.domain.message;

import dev.teamgate.domain.account.Account;
import java.util.Set;

/**
 * What a caller asks to post. Only {@code event} is required; {@code uuid}, when given, makes the
 * post idempotent within the room.
 */
public record NewMessage(
        String event,
        Account author,
        String authorName,
        String title,
        String content,
        String payload,
        Set<String> tags,
        Long parentId,
        String threadKey,
        String uuid,
        String app) {

    public NewMessage {
        tags = tags == null ? Set.of() : tags;
    }

    public static NewMessage of(String event, Account author, String content) {
        return new NewMessage(event, author, null, null, content, null, Set.of(), null, null, null, null);
    }
}
