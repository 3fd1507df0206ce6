package dev.teamgate.commflow;

import dev.teamgate.domain.InvalidInputException;
import dev.teamgate.domain.NotFoundException;
import dev.teamgate.domain.oauth.OAuthApp;
import dev.teamgate.domain.oauth.OAuthAppAdministration;
import dev.teamgate.domain.oauth.OAuthAppKind;
import dev.teamgate.domain.oauth.OAuthAppRequest;
import dev.teamgate.domain.workspace.Workspace;
import dev.teamgate.platform.web.OAuthAppsAdminEndpoints;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.transaction.annotation.Transactional;
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
class OAuthAppsAdminController extends OAuthAppsAdminEndpoints<OAuthAppsAdminController.CommFlowAppView> {

    /** CommFlow's apps: generated ids and secrets carry its prefixes, scopes are stored in one spelling. */
    static final OAuthAppKind KIND = new OAuthAppKind(CommFlowConfiguration.KEY, "cf_client_", "cf_secret_",
            "OAuth app", CommFlowScopes::canonical, CommFlowScopes.ALL.stream().sorted().toList());

    OAuthAppsAdminController(OAuthAppAdministration apps) {
        super(apps, KIND, CommFlowAppView::of);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register an OAuth app", description = "workspace: a CommFlow workspace slug (my-workspace, "
            + "my-workspace-test) or public id (ws_456, with mode live|test). The client secret is shown once.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
            mediaType = "application/json", examples = @ExampleObject(
                    name = "An app for my-workspace", value = "{\"workspace\": \"my-workspace\", \"name\": \"My app\", \"redirectUris\": [\"http://localhost:3000/callback\"], \"scopes\": [\"read:conversations\"]}")))
    CommFlowAppView create(@RequestBody NewCommFlowApp body) {
        if (body == null) {
            throw new InvalidInputException("workspace", "workspace is required");
        }
        return register(workspace(body.workspace(), body.mode()), new OAuthAppRequest(body.name(), body.redirectUris(),
                body.scopes(), Boolean.TRUE.equals(body.autoApprove()), body.account(), "account", body.clientId(),
                body.clientSecret()));
    }

    private Workspace workspace(String ref, String mode) {
        if (ref == null || ref.isBlank()) {
            throw new InvalidInputException("workspace", "workspace is required");
        }
        String wantedMode = mode == null ? CommFlowWorkspaces.LIVE : mode;
        if (!wantedMode.equals(CommFlowWorkspaces.LIVE) && !wantedMode.equals(CommFlowWorkspaces.TEST)) {
            throw new InvalidInputException("mode", "mode must be live or test");
        }
        Optional<Workspace> bySlug = workspaceBySlug(ref);
        if (bySlug.isPresent()) {
            return bySlug.get();
        }
        return workspaces().stream()
                .filter(w -> CommFlowWorkspaces.publicId(w).equals(ref) && CommFlowWorkspaces.mode(w).equals(wantedMode))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("CommFlow workspace", ref + " (" + wantedMode + ")"));
    }

    record NewCommFlowApp(String workspace, String mode, String name, List<String> redirectUris, List<String> scopes,
                  Boolean autoApprove, String account, String clientId, String clientSecret) {
    }

    /** An app as the control plane shows it; {@code clientSecret} only in the answer that created it. */
    record CommFlowAppView(String clientId, String name, String workspace, String workspaceId, String mode,
                   List<String> redirectUris, List<String> scopes, boolean autoApprove, String account,
                   String clientSecretPrefix,
                   @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
                   String clientSecret, Instant createdAt) {

        static CommFlowAppView of(OAuthApp app, @Nullable String secret) {
            Workspace ws = app.getWorkspace();
            return new CommFlowAppView(app.getClientId(), app.getName(), ws.getSlug(), CommFlowWorkspaces.publicId(ws),
                    CommFlowWorkspaces.mode(ws), app.redirectUriList(), List.copyOf(app.scopeSet()), app.isAutoApprove(),
                    app.getAccount() == null ? null : app.getAccount().getExternalId(), app.getSecretDisplayPrefix(),
                    secret, app.getCreatedAt());
        }
    }
}
