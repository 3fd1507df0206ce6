package dev.teamgate.commflow;

import dev.teamgate.platform.auth.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.Parameters;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/commflow/v1/webhooks")
@Tag(name = "Webhooks")
@RequiredArgsConstructor
class WebhooksController {

    private final WebhooksService webhooks;
    private final CommFlowContext context;

    @GetMapping
    @Operation(summary = "List webhook subscriptions")
    @Parameters({
            @Parameter(in = ParameterIn.QUERY, name = "page", description = "Page number, from 1 (default 1)", schema = @Schema(type = "integer")),
            @Parameter(in = ParameterIn.QUERY, name = "per_page", description = "Items per page, 1 to 100 (default 25)", schema = @Schema(type = "integer")),
            @Parameter(in = ParameterIn.QUERY, name = "sort", description = "created_at", schema = @Schema(type = "string")),
            @Parameter(in = ParameterIn.QUERY, name = "order", description = "asc or desc (default desc)", schema = @Schema(type = "string"))})
    ListResponse<WebhookResource> list(@Parameter(hidden = true) Caller caller, @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params,
                                       HttpServletRequest request) {
        CommFlowScopes.require(caller, CommFlowScope.READ_WEBHOOKS);
        ListQuery query = ListQuery.parse(params, WebhooksService.LIST);
        return Pages.of(webhooks.list(context.workspace(caller), query), query, request, WebhookMapper::toResource);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Subscribe a URL to events", description = "{\"url\", \"events\": [\"ticket.created\", …], "
            + "\"secret\" (optional, generated when left out), \"description\", \"active\"}. The secret is shown in "
            + "this response only.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/json",
            examples = @ExampleObject(value = "{\"url\": \"https://example.com/webhooks/commflow\", \"events\": [\"ticket.created\", \"ticket.assigned\"], \"secret\": \"whsec_choose_a_long_secret\"}")))
    DataResponse<WebhookResource> create(@Parameter(hidden = true) Caller caller, @RequestBody JsonNode body) {
        CommFlowScopes.require(caller, CommFlowScope.WRITE_WEBHOOKS);
        return new DataResponse<>(WebhookMapper.withSecret(webhooks.create(context.workspace(caller), RequestFields.of(body))));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Get a webhook subscription")
    DataResponse<WebhookResource> get(@Parameter(hidden = true) Caller caller, @PathVariable String id) {
        CommFlowScopes.require(caller, CommFlowScope.READ_WEBHOOKS);
        return new DataResponse<>(WebhookMapper.toResource(webhooks.get(context.workspace(caller), id)));
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Replace a webhook subscription")
    DataResponse<WebhookResource> replace(@Parameter(hidden = true) Caller caller, @PathVariable String id, @RequestBody JsonNode body) {
        CommFlowScopes.require(caller, CommFlowScope.WRITE_WEBHOOKS);
        return new DataResponse<>(WebhookMapper.toResource(
                webhooks.update(context.workspace(caller), id, RequestFields.of(body), false)));
    }

    @PatchMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Update some fields of a webhook subscription")
    DataResponse<WebhookResource> patch(@Parameter(hidden = true) Caller caller, @PathVariable String id, @RequestBody JsonNode body) {
        CommFlowScopes.require(caller, CommFlowScope.WRITE_WEBHOOKS);
        return new DataResponse<>(WebhookMapper.toResource(
                webhooks.update(context.workspace(caller), id, RequestFields.of(body), true)));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a webhook subscription")
    void delete(@Parameter(hidden = true) Caller caller, @PathVariable String id) {
        CommFlowScopes.require(caller, CommFlowScope.WRITE_WEBHOOKS);
        webhooks.delete(context.workspace(caller), id);
    }
}
