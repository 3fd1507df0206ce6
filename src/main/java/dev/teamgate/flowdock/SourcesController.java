package dev.teamgate.flowdock;

import dev.teamgate.domain.credential.Credential;
import dev.teamgate.domain.credential.CredentialRepository;
import dev.teamgate.domain.integration.IntegrationSource;
import dev.teamgate.domain.integration.IntegrationSourceRepository;
import dev.teamgate.domain.integration.IntegrationSourceService;
import dev.teamgate.domain.room.Room;
import dev.teamgate.platform.auth.Caller;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sources: integrations connected to a flow, each with its own {@code flow_token}. With a
 * flow_token, {@code GET /sources} and {@code PUT /sources} see only that token's source. The docs
 * print both {@code /sources/:id} and {@code /source/:id}; both work.
 */
@RestController
@RequestMapping({FlowdockPaths.PREFIX, FlowdockPaths.V1})
@RequiredArgsConstructor
class SourcesController {

    private final Directory directory;
    private final IntegrationSourceRepository sources;
    private final IntegrationSourceService sourceService;
    private final CredentialRepository credentials;
    private final SourceTokens tokens;
    private final FlowdockLinks links;

    /** A user's: the sources of every flow they have joined. A flow_token's: its own source. */
    @Operation(summary = "List sources",
            description = "The integrations (sources) of the user's flows; with a `flow_token`, only that source.")
    @GetMapping("/sources")
    List<FlowdockWire.Source> list(HttpServletRequest request, FlowdockParams params) {
        Caller caller = Caller.current(request).orElse(null);
        FlowdockLinks.Base base = links.of(request);
        if (FlowdockCallerAttributes.userId(caller) == null) {
            Credential token = tokens.fromRequest(caller, params)
                    .orElseThrow(() -> FlowdockErrors.unauthorized("Authentication required"));
            IntegrationSource source = tokens.sourceOf(token);
            return source == null ? List.of() : List.of(SourceMapper.source(base, source, null));
        }
        FlowdockUser user = directory.user(caller);
        Scopes.require(caller, Scope.FLOW);
        List<FlowdockWire.Source> all = new ArrayList<>();
        for (Room room : directory.joinedFlows(user)) {
            sources.findActiveByRoom(room).forEach(s -> all.add(SourceMapper.source(base, s, null)));
        }
        return all;
    }

    /** Updates the source of the flow_token (query or body). */
    @Operation(summary = "Update the source of a flow_token",
            description = "Authenticated by `flow_token` alone: set or clear (empty string) `error_message`, set `configuration_url`. PATCH works the same.")
    @RequestMapping(value = "/sources", method = {RequestMethod.PUT, RequestMethod.PATCH})
    FlowdockWire.Source updateByToken(HttpServletRequest request, FlowdockParams params) {
        Caller caller = Caller.current(request).orElse(null);
        Credential token = tokens.fromRequest(caller, params)
                .orElseThrow(() -> FlowdockErrors.unauthorized("A flow_token is required"));
        IntegrationSource source = Optional.ofNullable(tokens.sourceOf(token))
                .orElseThrow(() -> FlowdockErrors.notFound("Source not found"));
        return SourceMapper.source(links.of(request), update(source, params), null);
    }

    @Operation(summary = "List the sources of a flow",
            description = "The flow's integrations.")
    @GetMapping("/flows/{org}/{flow}/sources")
    List<FlowdockWire.Source> flowSources(HttpServletRequest request, Caller caller, @PathVariable String org,
                                          @PathVariable String flow) {
        Room room = joined(caller, org, flow, Scope.FLOW);
        FlowdockLinks.Base base = links.of(request);
        return sources.findActiveByRoom(room).stream().map(s -> SourceMapper.source(base, s, null)).toList();
    }

    @Operation(summary = "Get a source",
            description = "One source (`/source/{id}` is an accepted spelling).")
    @GetMapping({"/flows/{org}/{flow}/sources/{id}", "/flows/{org}/{flow}/source/{id}"})
    FlowdockWire.Source show(HttpServletRequest request, Caller caller, @PathVariable String org,
                             @PathVariable String flow, @PathVariable String id) {
        Room room = joined(caller, org, flow, Scope.FLOW);
        return SourceMapper.source(links.of(request), source(room, id), null);
    }

    /**
     * Connects a source and answers its {@code flow_token}, the only time it is shown. Only an
     * OAuth token with the {@code integration} scope may (403 otherwise); its app becomes the
     * source's application.
     */
    @Operation(summary = "Create a source",
            description = "An integration named `name` (optional `external_url`); 201 with the source and its `flow_token`, shown only this once. OAuth tokens need the `integration` scope.")
    @PostMapping("/flows/{org}/{flow}/sources")
    @ResponseStatus(HttpStatus.CREATED)
    FlowdockWire.Source create(HttpServletRequest request, Caller caller, @PathVariable String org,
                               @PathVariable String flow, FlowdockParams params) {
        if (!FlowdockCallerAttributes.viaOAuth(caller)) {
            // production-integrations: sources are made by OAuth applications, never by plain API tokens
            throw FlowdockErrors.forbidden("Sources can only be created by an OAuth application with the integration scope");
        }
        Room room = joined(caller, org, flow, Scope.INTEGRATION);
        FlowdockUser user = directory.user(caller);
        String name = params.requiredText("name", 200).trim();
        String externalUrl = params.text("external_url", MessagePosting.MAX_URL).orElse(null);
        String applicationRef = null;
        String applicationName = null;
        if (FlowdockCallerAttributes.viaOAuth(caller) && caller.credentialId() != null) {
            Credential app = credentials.findById(caller.credentialId()).orElseThrow();
            applicationRef = String.valueOf(app.getId());
            applicationName = app.getLabel();
        }
        IntegrationSourceService.ConnectedSource connected = sourceService.connect(room,
                user.accountIn(room),
                new IntegrationSourceService.NewSource(name, externalUrl, applicationRef, applicationName, null));
        return SourceMapper.source(links.of(request), connected.source(), connected.token());
    }

    @Operation(summary = "Update a source",
            description = "Set or clear `error_message`, set `configuration_url`. PATCH works the same.")
    @RequestMapping(value = {"/flows/{org}/{flow}/sources/{id}", "/flows/{org}/{flow}/source/{id}"},
            method = {RequestMethod.PUT, RequestMethod.PATCH})
    FlowdockWire.Source updateSource(HttpServletRequest request, Caller caller, @PathVariable String org,
                                     @PathVariable String flow, @PathVariable String id, FlowdockParams params) {
        Room room = joined(caller, org, flow, Scope.FLOW);
        return SourceMapper.source(links.of(request), update(source(room, id), params), null);
    }

    /** Disconnects the source: its flow_token answers 410 Gone from now on. */
    @Operation(summary = "Delete a source",
            description = "204; its `flow_token` answers 410 Gone afterwards.")
    @DeleteMapping({"/flows/{org}/{flow}/sources/{id}", "/flows/{org}/{flow}/source/{id}"})
    ResponseEntity<Void> delete(Caller caller, @PathVariable String org, @PathVariable String flow,
                                @PathVariable String id) {
        Room room = joined(caller, org, flow, Scope.FLOW);
        sourceService.disconnect(source(room, id));
        return ResponseEntity.noContent().build();
    }

    private IntegrationSource update(IntegrationSource source, FlowdockParams params) {
        Optional<String> errorMessage = params.text("error_message", MessagePosting.MAX_URL);
        Optional<String> configurationUrl = params.text("configuration_url", MessagePosting.MAX_URL);
        // an empty error_message clears the error
        return sourceService.update(source, errorMessage.orElse(null), params.has("error_message"),
                configurationUrl.orElse(null), params.has("configuration_url"));
    }

    private Room joined(Caller caller, String org, String flow, Scope scope) {
        FlowdockUser user = directory.user(caller);
        Scopes.require(caller, scope);
        return directory.joinedFlow(user, org, flow);
    }

    private IntegrationSource source(Room room, String id) {
        long sourceId;
        try {
            sourceId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw FlowdockErrors.notFound("Source not found");
        }
        return sources.findById(sourceId)
                .filter(s -> s.getRoom().getId().equals(room.getId()) && !s.isDeleted())
                .orElseThrow(() -> FlowdockErrors.notFound("Source not found"));
    }
}
