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
@RequestMapping("/commflow/v1/contacts")
@Tag(name = "Contacts")
@RequiredArgsConstructor
class ContactsController {

    private final ContactsService contacts;
    private final CommFlowContext context;

    @GetMapping
    @Operation(summary = "List contacts", description = "Filters: email (with * wildcards), created_after, created_before; "
            + "q searches name, email, company and phone; sort by created_at, updated_at, name or email.")
    @Parameters({
            @Parameter(in = ParameterIn.QUERY, name = "page", description = "Page number, from 1 (default 1)", schema = @Schema(type = "integer")),
            @Parameter(in = ParameterIn.QUERY, name = "per_page", description = "Items per page, 1 to 100 (default 25)", schema = @Schema(type = "integer")),
            @Parameter(in = ParameterIn.QUERY, name = "sort", description = "Sort field: created_at, updated_at, name, email", schema = @Schema(type = "string")),
            @Parameter(in = ParameterIn.QUERY, name = "order", description = "asc or desc (default: desc for timestamps, asc otherwise)", schema = @Schema(type = "string")),
            @Parameter(in = ParameterIn.QUERY, name = "q", description = "Full text: every word in name, email, company or phone", schema = @Schema(type = "string")),
            @Parameter(in = ParameterIn.QUERY, name = "email", description = "Email, * as wildcard: *@company.com", schema = @Schema(type = "string")),
            @Parameter(in = ParameterIn.QUERY, name = "created_after", description = "Created at or after: 2026-01-01, 2026-01-01T10:30:00Z or epoch seconds", schema = @Schema(type = "string")),
            @Parameter(in = ParameterIn.QUERY, name = "created_before", description = "Created before: 2026-01-01, 2026-01-01T10:30:00Z or epoch seconds", schema = @Schema(type = "string"))})
    ListResponse<ContactResource> list(@Parameter(hidden = true) Caller caller, @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params,
                                       HttpServletRequest request) {
        CommFlowScopes.require(caller, CommFlowScope.READ_CONTACTS);
        ListQuery query = ListQuery.parse(params, ContactsService.LIST);
        return Pages.of(contacts.list(context.workspace(caller), query), query, request, ContactMapper::toResource);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a contact", description = "email is required; name, phone and company are optional.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/json",
            examples = @ExampleObject(value = "{\"email\": \"jane@customer.com\", \"name\": \"Jane Customer\", \"phone\": \"+1 555 0100\", \"company\": \"Customer Inc\"}")))
    DataResponse<ContactResource> create(@Parameter(hidden = true) Caller caller, @RequestBody JsonNode body) {
        CommFlowScopes.require(caller, CommFlowScope.WRITE_CONTACTS);
        Workspace workspace = context.workspace(caller);
        return new DataResponse<>(ContactMapper.toResource(contacts.create(workspace, RequestFields.of(body))));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Get a contact")
    DataResponse<ContactResource> get(@Parameter(hidden = true) Caller caller, @PathVariable String id) {
        CommFlowScopes.require(caller, CommFlowScope.READ_CONTACTS);
        return new DataResponse<>(ContactMapper.toResource(contacts.get(context.workspace(caller), id)));
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Replace a contact", description = "Fields left out are cleared; email is required.")
    DataResponse<ContactResource> replace(@Parameter(hidden = true) Caller caller, @PathVariable String id, @RequestBody JsonNode body) {
        CommFlowScopes.require(caller, CommFlowScope.WRITE_CONTACTS);
        return new DataResponse<>(ContactMapper.toResource(
                contacts.update(context.workspace(caller), id, RequestFields.of(body), false)));
    }

    @PatchMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Update some fields of a contact")
    DataResponse<ContactResource> patch(@Parameter(hidden = true) Caller caller, @PathVariable String id, @RequestBody JsonNode body) {
        CommFlowScopes.require(caller, CommFlowScope.WRITE_CONTACTS);
        return new DataResponse<>(ContactMapper.toResource(
                contacts.update(context.workspace(caller), id, RequestFields.of(body), true)));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a contact", description = "Its conversations and tickets stay, without a contact.")
    void delete(@Parameter(hidden = true) Caller caller, @PathVariable String id) {
        CommFlowScopes.require(caller, CommFlowScope.WRITE_CONTACTS);
        contacts.delete(context.workspace(caller), id);
    }
}
