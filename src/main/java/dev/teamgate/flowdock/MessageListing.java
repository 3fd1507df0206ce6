package dev.teamgate.flowdock;

import dev.teamgate.domain.account.Account;
import dev.teamgate.domain.message.MessageQuery;
import dev.teamgate.domain.room.Room;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The list parameters of {@code GET .../messages}: {@code event} (comma list), {@code limit}
 * (1–100, default 30), {@code sort} ({@code desc} = the newest matches, the default; {@code asc} =
 * the oldest), {@code since_id}/{@code until_id} (exclusive; ignored with {@code search}),
 * {@code tags} with {@code tag_mode} and/or, {@code search} (all words) and {@code skip}. The result
 * is ascending by id either way.
 */
final class MessageListing {

    private static final int DEFAULT_LIMIT = 30;
    private static final int MAX_LIMIT = 100;

    private MessageListing() {
    }

    static MessageQuery query(Room room, FlowdockParams params, String threadKey, List<Account> members,
                              boolean allowTags) {
        long limit = params.number("limit").orElse((long) DEFAULT_LIMIT);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw FlowdockErrors.invalid("limit", "must be between 1 and " + MAX_LIMIT);
        }
        String sort = params.text("sort").orElse("desc").toLowerCase(Locale.ROOT);
        if (!sort.equals("asc") && !sort.equals("desc")) {
            throw FlowdockErrors.invalid("sort", "must be asc or desc");
        }
        String tagMode = params.text("tag_mode").orElse("and").toLowerCase(Locale.ROOT);
        if (!tagMode.equals("and") && !tagMode.equals("or")) {
            throw FlowdockErrors.invalid("tag_mode", "must be and or or");
        }
        long skip = params.number("skip").orElse(0L);
        if (skip < 0 || skip > Integer.MAX_VALUE) {
            throw FlowdockErrors.invalid("skip", "must not be negative");
        }
        List<String> words = params.text("search").map(s -> Arrays.stream(s.trim().split("\\s+"))
                .filter(w -> !w.isEmpty()).toList()).orElse(List.of());
        long since = params.number("since_id").orElse(0L);
        long until = params.number("until_id").orElse(Long.MAX_VALUE);
        if (!words.isEmpty()) {
            since = 0;
            until = Long.MAX_VALUE;
        }
        List<String> tags = allowTags
                ? params.list("tags").stream().map(t -> TagParser.filterForm(t, members)).toList()
                : List.of();
        return new MessageQuery(room, since, until, params.list("event"), threadKey, tags, tagMode.equals("or"),
                words, (int) limit, (int) skip, sort.equals("desc"));
    }
}
