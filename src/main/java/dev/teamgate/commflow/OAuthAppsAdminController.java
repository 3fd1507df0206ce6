package dev.teamgate.commflow;

import dev.teamgate.domain.InvalidInputException;
import dev.teamgate.domain.NotFoundException;
import dev.teamgate.domain.oauth.OAuthApp;
import dev.teamgate.domain.oauth.OAuthAppAdministration;
import dev.teamgate.domain.oauth.OAuthAppKind;
import dev.teamgate.domain.oauth.OAuthAppRequest;
import dev.teamgate.domain.oauth.RegisteredApp;
import dev.teamgate.domain.workspace.Workspace;
import dev.teamgate.domain.workspace.WorkspaceRepository;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Control-plane registration of CommFlow OAuth apps (the real CommFlow does this in its settings
 * UI). Lives in the vendor package because the apps' scopes and workspaces are CommFlow's; it sits
 * under {@code /_admin}, outside the vendor prefix, and answers errors as RFC 9457 problems like
 * the rest of the control plane (the platform's {@code ProblemDetails}).
 */
@RestController
// One transaction per control-plane call: the answer is mapped from entities inside it (open-in-view is off).
@Transactional
@RequestMapping("/_admin/commflow/oauth-apps")
@Tag(name = "CommFlow OAuth apps")
class OAuthAppsAdminController {

    /** CommFlow's apps: generated ids and secrets carry its prefixes, scopes are stored in one spelling. */
    static final OAuthAppKind KIND = new OAuthAppKind(CommFlowConfiguration.KEY, "cf_client_", "cf_secret_",
            "OAuth app", CommFlowScopes::canonical, CommFlowScopes.ALL.stream().sorted().toList());

    private final OAuthAppAdministration apps;
    private final WorkspaceRepository workspaces;

    OAuthAppsAdminController(OAuthAppAdministration apps, WorkspaceRepository workspaces) {
        this.apps = apps;
        this.workspaces = workspaces;
    }

    @GetMapping
    @Operation(summary = "Every CommFlow OAuth app")
    AppList list() {
        List<AppView> views = apps.list(KIND).stream().map(a -> AppView.of(a, null)).toList();
        return new AppList(views.size(), views);
    }

    @GetMapping("/{clientId}")
    @Operation(summary = "One CommFlow OAuth app")
    AppView get(@PathVariable String clientId) {
        return AppView.of(apps.find(KIND, clientId), null);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register an OAuth app", description = "workspace: a CommFlow workspace slug (my-workspace, "
            + "my-workspace-test) or public id (ws_456, with mode live|test). The client secret is shown once.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
            mediaType = "application/json", examples = @ExampleObject(
                    name = "An app for my-workspace", value = "{\"workspace\": \"my-workspace\", \"name\": \"My app\", \"redirectUris\": [\"http://localhost:3000/callback\"], \"scopes\": [\"read:conversations\"]}")))
    AppView create(@RequestBody NewApp body) {
        if (body == null) {
            throw new InvalidInputException("workspace", "workspace is required");
        }
        RegisteredApp registered = apps.register(KIND, workspace(body.workspace(), body.mode()), new OAuthAppRequest(
                body.name(), body.redirectUris(), body.scopes(), Boolean.TRUE.equals(body.autoApprove()), body.account(),
                "account", body.clientId(), body.clientSecret()));
        return AppView.of(registered.app(), registered.clientSecret());
    }

    @DeleteMapping("/{clientId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove an OAuth app and revoke every token it was issued")
    void delete(@PathVariable String clientId) {
        apps.delete(KIND, clientId);
    }

    private Workspace workspace(String ref, String mode) {
        if (ref == null || ref.isBlank()) {
            throw new InvalidInputException("workspace", "workspace is required");
        }
        String wantedMode = mode == null ? CommFlowWorkspaces.LIVE : mode;
        if (!wantedMode.equals(CommFlowWorkspaces.LIVE) && !wantedMode.equals(CommFlowWorkspaces.TEST)) {
            throw new InvalidInputException("mode", "mode must be live or test");
        }
        Optional<Workspace> bySlug = workspaces.findByVendorAndSlug(CommFlowConfiguration.KEY, ref);
        if (bySlug.isPresent()) {
            return bySlug.get();
        }
        return workspaces.findByVendorOrderById(CommFlowConfiguration.KEY).stream()
                .filter(w -> CommFlowWorkspaces.publicId(w).equals(ref) && CommFlowWorkspaces.mode(w).equals(wantedMode))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("CommFlow workspace", ref + " (" + wantedMode + ")"));
    }

    record NewApp(String workspace, String mode, String name, List<String> redirectUris, List<String> scopes,
                  Boolean autoApprove, String account, String clientId, String clientSecret) {
    }

    record AppList(int count, List<AppView> apps) {
    }

    /** An app as the control plane shows it; {@code clientSecret} only in the answer that created it. */
    record AppView(String clientId, String name, String workspace, String workspaceId, String mode,
                   List<String> redirectUris, List<String> scopes, boolean autoApprove, String account,
                   String clientSecretPrefix,
                   @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
                   String clientSecret, Instant createdAt) {

        static AppView of(OAuthApp app, String secret) {
            Workspace ws = app.getWorkspace();
            return new AppView(app.getClientId(), app.getName(), ws.getSlug(), CommFlowWorkspaces.publicId(ws),
                    CommFlowWorkspaces.mode(ws), app.redirectUriList(), List.copyOf(app.scopeSet()), app.isAutoApprove(),
                    app.getAccount() == null ? null : app.getAccount().getExternalId(), app.getSecretDisplayPrefix(),
                    secret, app.getCreatedAt());
        }
    }
}
