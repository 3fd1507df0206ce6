package dev.teamgate.teamfluence;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/** A feed post of a team member, as {@code GET /{profile_id}/posts} lists it. */
record Post(
        String id,
        @JsonProperty("activity_urn") String activityUrn,
        @JsonProperty("post_url") String postUrl,
        String content,
        String author,
        @JsonProperty("published_at") Instant publishedAt,
        @JsonProperty("likes_num") long likesNum,
        @JsonProperty("comments_num") long commentsNum,
        @JsonProperty("impressions_num") long impressionsNum,
        @JsonProperty("shares_num") long sharesNum) {
}
