package dev.teamgate.teamfluence;

import dev.teamgate.domain.feed.FeedQuery;
import dev.teamgate.platform.auth.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(TeamfluenceConfiguration.API_BASE + "/{profile_id}")
@Tag(name = "Posts")
class PostsController {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;
    static final int MAX_OFFSET = 1_000_000;

    private final BillingGate billing;
    private final TeamspaceFeed feed;

    PostsController(BillingGate billing, TeamspaceFeed feed) {
        this.billing = billing;
        this.feed = feed;
    }

    @GetMapping("/posts")
    @Operation(summary = "Feed posts of all team members of the teamspace, newest first",
            description = "Filters combine. `published_after` is inclusive, `published_before` exclusive; both take "
                    + "an ISO-8601 date (midnight UTC) or date-time.")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = PostList.class)))
    @ApiResponse(responseCode = "202", description = "Accepted but not completed (billing limitation)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = TeamfluenceDetail.class)))
    @ApiResponse(responseCode = "400", description = "Malformed parameter", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = TeamfluenceDetail.class)))
    @ApiResponse(responseCode = "401", description = "API key missing, invalid, or not this profile's",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = TeamfluenceDetail.class)))
    @ApiResponse(responseCode = "402", description = "Missing Billing Scope", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = TeamfluenceDetail.class)))
    @ApiResponse(responseCode = "404", description = "Unknown profile", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = TeamfluenceDetail.class)))
    @ApiResponse(responseCode = "429", description = "Personal key over its per-second limit",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = TeamfluenceDetail.class)))
    ResponseEntity<Object> posts(
            @Parameter(hidden = true) Caller caller,
            @Parameter(description = "Your own profile id") @PathVariable("profile_id") String profileId,
            @Parameter(description = "Posts per page, 1 to 100 (default 20)")
            @RequestParam(required = false) String limit,
            @Parameter(description = "Posts to skip, 0 to 1000000 (default 0)")
            @RequestParam(required = false) String offset,
            @Parameter(description = "Only posts of this team member: a profile id or a full name (any case)")
            @RequestParam(required = false) String author,
            @Parameter(description = "Only posts published at or after this date or date-time")
            @RequestParam(name = "published_after", required = false) String publishedAfter,
            @Parameter(description = "Only posts published before this date or date-time")
            @RequestParam(name = "published_before", required = false) String publishedBefore) {
        return billing.answer(caller, teamspace -> {
            int pageSize = QueryParameters.integer(limit, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
            int skip = QueryParameters.integer(offset, "offset", 0, 0, MAX_OFFSET);
            Instant from = QueryParameters.instant(publishedAfter, "published_after");
            Instant until = QueryParameters.instant(publishedBefore, "published_before");
            if (from != null && until != null && !from.isBefore(until)) {
                throw QueryParameters.bad("published_after must be earlier than published_before.", "published_after");
            }
            if (author != null && (author.isBlank() || author.length() > 200)) {
                throw QueryParameters.bad("author must be a profile id or a full name of at most 200 characters.",
                        "author");
            }
            return feed.posts(teamspace, new FeedQuery(author == null ? null : author.trim(), from, until, skip, pageSize));
        });
    }
}
