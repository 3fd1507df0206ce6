package dev.teamgate.commflow;

import dev.teamgate.domain.workspace.Workspace;
import dev.teamgate.platform.auth.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
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
class TicketsController {

    private final TicketsService tickets;
    private final CommFlowContext context;

    TicketsController(TicketsService tickets, CommFlowContext context) {
        this.tickets = tickets;
        this.context = context;
    }

    @GetMapping
    @Operation(summary = "List tickets", description = "Filters: status, priority, assignee (user id, none or me), "
            + "created_after, created_before; q searches subject and description; sort by created_at, updated_at, "
            + "subject, status or priority.")
    ListResponse<TicketResource> list(Caller caller, @RequestParam MultiValueMap<String, String> params,
                                      HttpServletRequest request) {
        CommFlowScopes.require(caller, CommFlowScopes.READ_TICKETS);
        ListQuery query = ListQuery.parse(params, TicketsService.LIST);
        Workspace workspace = context.workspace(caller);
        return Pages.of(tickets.list(workspace, context.user(caller, workspace).orElse(null), query), query, request,
                TicketMapper::toResource);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a ticket", description = "subject is required; status (open), priority (normal), "
            + "description, assignee, contact (id or {email,name}) and conversation_id are optional.")
    DataResponse<TicketResource> create(Caller caller, @RequestBody JsonNode body) {
        CommFlowScopes.require(caller, CommFlowScopes.WRITE_TICKETS);
        return new DataResponse<>(TicketMapper.toResource(tickets.create(context.workspace(caller), RequestFields.of(body))));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Get a ticket")
    DataResponse<TicketResource> get(Caller caller, @PathVariable String id) {
        CommFlowScopes.require(caller, CommFlowScopes.READ_TICKETS);
        return new DataResponse<>(TicketMapper.toResource(tickets.get(context.workspace(caller), id)));
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Replace a ticket", description = "Fields left out go back to their defaults; subject is required.")
    DataResponse<TicketResource> replace(Caller caller, @PathVariable String id, @RequestBody JsonNode body) {
        CommFlowScopes.require(caller, CommFlowScopes.WRITE_TICKETS);
        return new DataResponse<>(TicketMapper.toResource(
                tickets.update(context.workspace(caller), id, RequestFields.of(body), false)));
    }

    @PatchMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Update some fields of a ticket")
    DataResponse<TicketResource> patch(Caller caller, @PathVariable String id, @RequestBody JsonNode body) {
        CommFlowScopes.require(caller, CommFlowScopes.WRITE_TICKETS);
        return new DataResponse<>(TicketMapper.toResource(
                tickets.update(context.workspace(caller), id, RequestFields.of(body), true)));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a ticket")
    void delete(Caller caller, @PathVariable String id) {
        CommFlowScopes.require(caller, CommFlowScopes.WRITE_TICKETS);
        tickets.delete(context.workspace(caller), id);
    }
}
