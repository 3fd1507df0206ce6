package dev.teamgate.teamfluence;

import dev.teamgate.platform.auth.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.regex.Pattern;
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
@Tag(name = "Leads")
@RequiredArgsConstructor
class LeadsController {

    private static final Pattern ACTIVITY_ID = Pattern.compile("[0-9]{1,30}");

    private final BillingGate billing;
    private final TeamspaceFeed feed;

    @GetMapping("/activity/{activityId}/leads")
    @Operation(summary = "Leads that engaged with a post, highest engagement score first",
            description = "`activityId` is the last segment of the post's `activity_urn`. Each lead's `history` is "
                    + "the person's whole engagement history, newest first.")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = LeadList.class)))
    @ApiResponse(responseCode = "404", description = "Unknown profile or activity", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = TeamfluenceDetail.class)))
    @BillingGatedAnswers
    ResponseEntity<Object> leads(
            @Parameter(hidden = true) Caller caller,
            @Parameter(description = "Your own profile id") @PathVariable("profile_id") String profileId,
            @Parameter(description = "The numeric id at the end of the post's activity_urn")
            @PathVariable String activityId,
            @ParameterObject @Valid LeadsQuery query, BindingResult checked) {
        return billing.answer(caller, teamspace -> {
            if (!ACTIVITY_ID.matcher(activityId).matches()) {
                throw QueryParameters.bad("activityId must be the numeric id at the end of a post's activity_urn.",
                        "activityId");
            }
            QueryParameters.requireValid(checked); // after billing: the vendor answers 402/202 before a bad parameter
            return feed.leads(teamspace, activityId, query.qualified());
        });
    }
}
