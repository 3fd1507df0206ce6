package dev.teamgate.domain.feed;

import java.time.Instant;

/**
 * Which feed posts to read: optionally by one author (an account's external id, or a name,
 * compared without regard to case), posted at or after {@code from} and before {@code until},
 * skipping {@code offset} and returning at most {@code limit}, newest first.
 */
public record FeedQuery(String author, Instant from, Instant until, int offset, int limit) {

    public FeedQuery {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset must be >= 0 and limit >= 1");
        }
    }
}
