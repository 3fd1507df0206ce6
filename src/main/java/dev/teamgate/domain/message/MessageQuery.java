package dev.teamgate.domain.message;

import dev.teamgate.domain.room.Room;
import java.util.List;

/**
 * A filtered window of a room's live (not deleted) messages: {@code afterSeq < seq < beforeSeq},
 * of the given events (all when empty), in the given thread (any when null), carrying all (or,
 * with {@code anyTag}, any) of {@code tags} (compared case-insensitively), whose content or title
 * contains every word of {@code words} as a whole word (case-insensitively; see {@link Keywords}). {@code newest} picks the newest
 * {@code limit} matches instead of the oldest; {@code skip} drops that many first.
 */
public record MessageQuery(Room room, long afterSeq, long beforeSeq, List<String> events, String threadKey,
                           List<String> tags, boolean anyTag, List<String> words, int limit, int skip,
                           boolean newest) {

    public MessageQuery {
        events = events == null ? List.of() : List.copyOf(events);
        tags = tags == null ? List.of() : List.copyOf(tags);
        words = words == null ? List.of() : List.copyOf(words);
    }

    public static MessageQuery newest(Room room, int limit) {
        return new MessageQuery(room, 0, Long.MAX_VALUE, List.of(), null, List.of(), false, List.of(), limit, 0, true);
    }
}
