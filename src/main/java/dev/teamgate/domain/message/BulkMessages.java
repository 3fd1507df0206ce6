package dev.teamgate.domain.message;

import dev.teamgate.domain.account.Account;
import java.util.List;
import java.util.function.LongFunction;

/**
 * What {@link MessageBulkLoader} appends to a room: {@code count} messages of one {@code event} and
 * {@code app}, written in turn by {@code authors} (round robin, in list order; none: authorless),
 * each with the content {@code content} gives for its sequence number.
 */
public record BulkMessages(int count, String event, String app, List<Account> authors, LongFunction<String> content) {

    public BulkMessages {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1");
        }
        authors = authors == null ? List.of() : List.copyOf(authors);
    }
}
