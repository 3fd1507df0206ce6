package dev.teamgate.flowdock;

import com.fasterxml.jackson.annotation.JsonInclude;
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
 * Control-plane registration of Flowdock OAuth applications (real Flowdock does this on its
 * "authorized applications" page). Each application belongs to one organization, and so do the
 * codes and tokens it gets. Under {@code /_admin}, outside the vendor prefix: the admin token guards
 * it and errors are RFC 9457 problems like the rest of the control plane.
 */
@RestController
// One transaction per control-plane call: the answer is mapped from entities inside it (open-in-view is off).
@Transactional
@RequestMapping("/_admin/flowdock/oauth-apps")
@Tag(name = "Flowdock OAuth applications")
class FlowdockOAuthAppsAdminController extends OAuthAppsAdminEndpoints<FlowdockOAuthAppsAdminController.FlowdockAppView> {

    /** Flowdock's apps: generated ids and secrets are bare, scopes are Flowdock's six. */
    private static final OAuthAppKind KIND = new OAuthAppKind(FlowdockConfiguration.KEY, "", "", "OAuth application",
            scope -> Scopes.ALL.contains(scope) ? Optional.of(scope) : Optional.empty(), Scopes.ALL);

    FlowdockOAuthAppsAdminController(OAuthAppAdministration apps) {
        super(apps, KIND, FlowdockAppView::of);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register an OAuth application",
            description = "organization: the organization's parameterized name (acme). name and redirectUris are "
                    + "required (urn:ietf:wg:oauth:2.0:oob for installed apps); scopes limit what the application may "
                    + "ask for (none: any); user: the id of the user who approves by default; autoApprove skips the "
                    + "consent page. clientId and clientSecret are generated unless given; the secret is shown once.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
            mediaType = "application/json", examples = @ExampleObject(
                    name = "An application for acme", value = "{\"organization\": \"acme\", \"name\": \"My app\", "
                    + "\"redirectUris\": [\"http://localhost:3000/oauth/callback\"], \"scopes\": [\"flow\", \"private\"]}")))
    FlowdockAppView create(@RequestBody NewFlowdockApp body) {
        if (body == null || body.organization() == null || body.organization().isBlank()) {
            throw new InvalidInputException("organization", "organization is required");
        }
        Workspace organization = workspaceBySlug(body.organization())
                .orElseThrow(() -> new NotFoundException("Flowdock organization", body.organization()));
        return register(organization, new OAuthAppRequest(body.name(), body.redirectUris(), body.scopes(),
                Boolean.TRUE.equals(body.autoApprove()), body.user(), "user", body.clientId(), body.clientSecret()));
    }

    record NewFlowdockApp(String organization, String name, List<String> redirectUris, List<String> scopes,
                  Boolean autoApprove, String user, String clientId, String clientSecret) {
    }

    /** An application as the control plane shows it; {@code clientSecret} only in the answer that created it. */
    record FlowdockAppView(String clientId, String name, String organization, List<String> redirectUris, List<String> scopes,
                   boolean autoApprove, String user, String clientSecretPrefix,
                   @JsonInclude(JsonInclude.Include.NON_NULL) String clientSecret, Instant createdAt) {

        static FlowdockAppView of(OAuthApp app, @Nullable String secret) {
            return new FlowdockAppView(app.getClientId(), app.getName(), app.getWorkspace().getSlug(), app.redirectUriList(),
                    List.copyOf(app.scopeSet()), app.isAutoApprove(),
                    app.getAccount() == null ? null : app.getAccount().getExternalId(), app.getSecretDisplayPrefix(),
                    secret, app.getCreatedAt());
        }
    }
}
