package dev.teamgate.teamfluence;

import dev.teamgate.domain.feed.FeedQuery;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.BindParam;

/**
 * The query of {@code GET /posts}, bound and checked by Spring (Bean Validation). Each constraint's
 * message is Teamfluence's sentence, completed with the parameter's name by {@link QueryParameters#requireValid}; a value of
 * the wrong type gets the same sentence ({@link #WRONG_TYPE}, applied by {@link TeamfluenceQueryBinding}).
 */
record PostsQuery(
        @Parameter(description = "Posts per page, 1 to 100 (default 20)")
        @Min(value = 1, message = LIMIT) @Max(value = PostsQuery.MAX_LIMIT, message = LIMIT)
        @Nullable Integer limit,
        @Parameter(description = "Posts to skip, 0 to 1000000 (default 0)")
        @Min(value = 0, message = OFFSET) @Max(value = PostsQuery.MAX_OFFSET, message = OFFSET)
        @Nullable Integer offset,
        @Parameter(description = "Only posts of this team member: a profile id or a full name (any case)")
        @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*", message = AUTHOR) @Size(max = 200, message = AUTHOR)
        @Nullable String author,
        // Text, not Instant: Teamfluence reads a date, a date-time with or without offset, and a space for an unencoded +.
        @Parameter(name = "published_after", description = "Only posts published at or after this date or date-time")
        @BindParam("published_after") @Nullable String publishedAfter,
        @Parameter(name = "published_before", description = "Only posts published before this date or date-time")
        @BindParam("published_before") @Nullable String publishedBefore) {

    private static final int DEFAULT_LIMIT = 20;
    private static final int MAX_LIMIT = 100;
    private static final int MAX_OFFSET = 1_000_000;
    private static final String LIMIT = "must be a whole number from 1 to 100.";
    private static final String OFFSET = "must be a whole number from 0 to 1000000.";
    private static final String AUTHOR = "must be a profile id or a full name of at most 200 characters.";

    /** The sentence for a value that is not even of the parameter's type ({@code limit=ten}). */
    static final Map<String, String> WRONG_TYPE = Map.of("limit", LIMIT, "offset", OFFSET);

    /** The feed query; the dates parsed, and checked against each other (the one rule across parameters). */
    FeedQuery toFeedQuery() {
        Instant from = QueryParameters.instant(publishedAfter, "published_after");
        Instant until = QueryParameters.instant(publishedBefore, "published_before");
        if (from != null && until != null && !from.isBefore(until)) {
            throw QueryParameters.bad("published_after must be earlier than published_before.", "published_after");
        }
        return new FeedQuery(author == null ? null : author.trim(), from, until, offset == null ? 0 : offset,
                limit == null ? DEFAULT_LIMIT : limit);
    }
}
