package dev.teamgate.commflow;

import dev.teamgate.domain.workspace.Workspace;
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
@RequestMapping("/commflow/v1/tickets")
@Tag(name = "Tickets")
@RequiredArgsConstructor
class TicketsController {

    private final TicketsService tickets;
    private final CommFlowContext context;

    @GetMapping
    @Operation(summary = "List tickets", description = "Filters: status, priority, assignee (user id, none or me), "
            + "created_after, created_before; q searches subject and description; sort by created_at, updated_at, "
            + "subject, status or priority.")
    @Parameters({
            @Parameter(in = ParameterIn.QUERY, name = "page", description = "Page number, from 1 (default 1)", schema = @Schema(type = "integer")),
            @Parameter(in = ParameterIn.QUERY, name = "per_page", description = "Items per page, 1 to 100 (default 25)", schema = @Schema(type = "integer")),
            @Parameter(in = ParameterIn.QUERY, name = "sort", description = "Sort field: created_at, updated_at, subject, status, priority", schema = @Schema(type = "string")),
            @Parameter(in = ParameterIn.QUERY, name = "order", description = "asc or desc (default: desc for timestamps, asc otherwise)", schema = @Schema(type = "string")),
            @Parameter(in = ParameterIn.QUERY, name = "q", description = "Full text: every word in subject or description", schema = @Schema(type = "string")),
            @Parameter(in = ParameterIn.QUERY, name = "status", description = "open, pending, resolved, closed (comma-separated for several)", schema = @Schema(type = "string")),
            @Parameter(in = ParameterIn.QUERY, name = "priority", description = "low, normal, high, urgent", schema = @Schema(type = "string")),
            @Parameter(in = ParameterIn.QUERY, name = "assignee", description = "A user id, none or me", schema = @Schema(type = "string")),
            @Parameter(in = ParameterIn.QUERY, name = "created_after", description = "Created at or after: 2026-01-01, 2026-01-01T10:30:00Z or epoch seconds", schema = @Schema(type = "string")),
            @Parameter(in = ParameterIn.QUERY, name = "created_before", description = "Created before: 2026-01-01, 2026-01-01T10:30:00Z or epoch seconds", schema = @Schema(type = "string"))})
    ListResponse<TicketResource> list(@Parameter(hidden = true) Caller caller, @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params,
                                      HttpServletRequest request) {
        CommFlowScopes.require(caller, CommFlowScope.READ_TICKETS);
        ListQuery query = ListQuery.parse(params, TicketsService.LIST);
        Workspace workspace = context.workspace(caller);
        return Pages.of(tickets.list(workspace, context.user(caller, workspace).orElse(null), query), query, request,
                TicketMapper::toResource);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a ticket", description = "subject is required; status (open), priority (normal), "
            + "description, assignee, contact (id or {email,name}) and conversation_id are optional.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/json",
            examples = @ExampleObject(value = "{\"subject\": \"Need help with billing\", \"description\": \"Charged twice\", \"status\": \"open\", \"priority\": \"high\", \"assignee\": \"user_123\", \"contact\": \"contact_123\", \"conversation_id\": \"conv_123\"}")))
    DataResponse<TicketResource> create(@Parameter(hidden = true) Caller caller, @RequestBody JsonNode body) {
        CommFlowScopes.require(caller, CommFlowScope.WRITE_TICKETS);
        return new DataResponse<>(TicketMapper.toResource(tickets.create(context.workspace(caller), RequestFields.of(body))));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Get a ticket")
    DataResponse<TicketResource> get(@Parameter(hidden = true) Caller caller, @PathVariable String id) {
        CommFlowScopes.require(caller, CommFlowScope.READ_TICKETS);
        return new DataResponse<>(TicketMapper.toResource(tickets.get(context.workspace(caller), id)));
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Replace a ticket", description = "Fields left out go back to their defaults; subject is required.")
    DataResponse<TicketResource> replace(@Parameter(hidden = true) Caller caller, @PathVariable String id, @RequestBody JsonNode body) {
        CommFlowScopes.require(caller, CommFlowScope.WRITE_TICKETS);
        return new DataResponse<>(TicketMapper.toResource(
                tickets.update(context.workspace(caller), id, RequestFields.of(body), false)));
    }

    @PatchMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Update some fields of a ticket")
    DataResponse<TicketResource> patch(@Parameter(hidden = true) Caller caller, @PathVariable String id, @RequestBody JsonNode body) {
        CommFlowScopes.require(caller, CommFlowScope.WRITE_TICKETS);
        return new DataResponse<>(TicketMapper.toResource(
                tickets.update(context.workspace(caller), id, RequestFields.of(body), true)));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a ticket")
    void delete(@Parameter(hidden = true) Caller caller, @PathVariable String id) {
        CommFlowScopes.require(caller, CommFlowScope.WRITE_TICKETS);
        tickets.delete(context.workspace(caller), id);
    }
}
