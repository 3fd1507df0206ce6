package dev.teamgate.teamfluence;

import dev.teamgate.platform.auth.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(TeamfluenceConfiguration.API_BASE + "/{profile_id}")
@Tag(name = "Posts")
@RequiredArgsConstructor
class PostsController {

    private final BillingGate billing;
    private final TeamspaceFeed feed;

    @GetMapping("/posts")
    @Operation(summary = "Feed posts of all team members of the teamspace, newest first",
            description = "Filters combine. `published_after` is inclusive, `published_before` exclusive; both take "
                    + "an ISO-8601 date (midnight UTC) or date-time.")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = PostList.class)))
    @ApiResponse(responseCode = "404", description = "Unknown profile", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = TeamfluenceDetail.class)))
    @BillingGatedAnswers
    ResponseEntity<Object> posts(
            @Parameter(hidden = true) Caller caller,
            @Parameter(description = "Your own profile id") @PathVariable("profile_id") String profileId,
            @ParameterObject @Valid PostsQuery query, BindingResult checked) {
        return billing.answer(caller, teamspace -> {
            QueryParameters.requireValid(checked); // after billing: the vendor answers 402/202 before a bad parameter
            return feed.posts(teamspace, query.toFeedQuery());
        });
    }
}
