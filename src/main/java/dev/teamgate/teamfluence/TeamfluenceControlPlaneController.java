package dev.teamgate.teamfluence;

import dev.teamgate.domain.lead.LeadFixture;
import dev.teamgate.teamfluence.ControlPlaneRecords.BillingChange;
import dev.teamgate.teamfluence.ControlPlaneRecords.BillingState;
import dev.teamgate.teamfluence.ControlPlaneRecords.LeadWebhooks;
import dev.teamgate.teamfluence.ControlPlaneRecords.LeadWebhooksChange;
import dev.teamgate.teamfluence.ControlPlaneRecords.RotatedKey;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Teamfluence's part of the control plane. It sits under {@code /_admin}, outside the vendor
 * prefix, so the gateway passes it through untouched; errors are RFC 9457 problems
 * (the platform's {@code ProblemDetails}).
 */
@RestController
// One transaction per control-plane call: the answer is mapped from entities inside it (open-in-view is off).
@Transactional
@RequestMapping("/_admin/teamfluence")
@Tag(name = "Teamfluence")
@RequiredArgsConstructor
class TeamfluenceControlPlaneController {

    private final TeamspaceAdministration administration;

    @PostMapping("/profiles/{profileId}/rotate-key")
    @Operation(summary = "Rotate a profile's API key (what Teamfluence support does on a ticket)",
            description = "Revokes the profile's keys and returns a new one, shown this once. Only active "
                    + "Administrators and Teamspace Owners hold keys.")
    RotatedKey rotateKey(@PathVariable String profileId,
                         @Parameter(description = "teamspace slug, needed only when the profile id is in several")
                         @RequestParam(required = false) String teamspace) {
        return administration.rotateKey(profileId, teamspace);
    }

    @GetMapping("/teamspaces/{slug}/billing")
    @Operation(summary = "The teamspace's subscription switches")
    BillingState billing(@Parameter(example = "growth-team") @PathVariable String slug) {
        return administration.billing(slug);
    }

    @PutMapping(path = "/teamspaces/{slug}/billing", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Switch API access (off: 402) and billing limitation (on: 202) of the teamspace",
            description = "A switch left out keeps its value.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
            mediaType = "application/json", examples = @ExampleObject(
                    name = "API access on, no billing limit", value = "{\"apiAccess\": true, \"billingLimited\": false}")))
    BillingState changeBilling(@Parameter(example = "growth-team") @PathVariable String slug, @RequestBody BillingChange change) {
        return administration.changeBilling(slug, change);
    }

    @GetMapping("/teamspaces/{slug}/webhooks")
    @Operation(summary = "The URLs new leads of the teamspace are sent to")
    LeadWebhooks webhooks(@Parameter(example = "growth-team") @PathVariable String slug) {
        return administration.webhooks(slug);
    }

    @PutMapping(path = "/teamspaces/{slug}/webhooks", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Replace the URLs new leads of the teamspace are sent to")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
            mediaType = "application/json", examples = @ExampleObject(
                    name = "One local receiver", value = "{\"urls\": [\"http://127.0.0.1:9/leads\"]}")))
    LeadWebhooks replaceWebhooks(@Parameter(example = "growth-team") @PathVariable String slug, @RequestBody LeadWebhooksChange change) {
        return administration.replaceWebhooks(slug, change.urls());
    }

    @PostMapping(path = "/teamspaces/{slug}/leads", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a lead; it is sent to the teamspace's webhook URLs",
            description = "The body is a lead as in the `leads` fixture section. The answer is the payload the "
                    + "webhooks receive.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
            mediaType = "application/json", examples = @ExampleObject(
                    name = "A new lead", value = "{\"id\": \"lead-example-1\", \"firstName\": \"Ada\", \"lastName\": \"Lovelace\", \"email\": \"ada@example.com\"}")))
    LeadWebhookPayload addLead(@Parameter(example = "growth-team") @PathVariable String slug, @RequestBody LeadFixture lead) {
        return administration.addLead(slug, lead);
    }
}
