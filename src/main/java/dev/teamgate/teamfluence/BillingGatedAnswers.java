package dev.teamgate.teamfluence;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The answers every external API operation gives besides its 200 and its 404, with the vendor's
 * words: the billing gate's 202 and 402, a bad parameter, a refused key, the per-key rate limit.
 * One declaration for both operations (springdoc reads it as a meta-annotation); each operation
 * declares its own 200 and 404.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ApiResponse(responseCode = "202", description = "Accepted but not completed (billing limitation)",
        content = @Content(mediaType = "application/json", schema = @Schema(implementation = TeamfluenceDetail.class)))
@ApiResponse(responseCode = "400", description = "Malformed parameter", content = @Content(mediaType = "application/json",
        schema = @Schema(implementation = TeamfluenceDetail.class)))
@ApiResponse(responseCode = "401", description = "API key missing, invalid, or not this profile's",
        content = @Content(mediaType = "application/json", schema = @Schema(implementation = TeamfluenceDetail.class)))
@ApiResponse(responseCode = "402", description = "Missing Billing Scope", content = @Content(mediaType = "application/json",
        schema = @Schema(implementation = TeamfluenceDetail.class)))
@ApiResponse(responseCode = "429", description = "Personal key over its per-second limit",
        content = @Content(mediaType = "application/json", schema = @Schema(implementation = TeamfluenceDetail.class)))
@interface BillingGatedAnswers {
}
