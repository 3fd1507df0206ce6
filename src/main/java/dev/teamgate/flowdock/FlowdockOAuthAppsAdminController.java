package dev.teamgate.flowdock;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.teamgate.domain.InvalidInputException;
import dev.teamgate.domain.NotFoundException;
import dev.teamgate.domain.account.Account;
import dev.teamgate.domain.account.AccountRepository;
import dev.teamgate.domain.oauth.NewOAuthApp;
import dev.teamgate.domain.oauth.OAuthApp;
import dev.teamgate.domain.oauth.OAuthAppRepository;
import dev.teamgate.domain.oauth.OAuthService;
import dev.teamgate.domain.oauth.RegisteredApp;
import dev.teamgate.domain.workspace.Workspace;
import dev.teamgate.domain.workspace.WorkspaceRepository;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
class FlowdockOAuthAppsAdminController {

    private final OAuthAppRepository apps;
    private final OAuthService oauth;
    private final WorkspaceRepository workspaces;
    private final AccountRepository accounts;

    FlowdockOAuthAppsAdminController(OAuthAppRepository apps, OAuthService oauth, WorkspaceRepository workspaces,
                             AccountRepository accounts) {
        this.apps = apps;
        this.oauth = oauth;
        this.workspaces = workspaces;
        this.accounts = accounts;
    }

    @GetMapping
    @Operation(summary = "Every Flowdock OAuth application")
    FlowdockAppList list() {
        List<FlowdockAppView> views = apps.findByVendor(FlowdockConfiguration.KEY).stream().map(a -> FlowdockAppView.of(a, null)).toList();
        return new FlowdockAppList(views.size(), views);
    }

    @GetMapping("/{clientId}")
    @Operation(summary = "One Flowdock OAuth application")
    FlowdockAppView get(@PathVariable String clientId) {
        return FlowdockAppView.of(find(clientId), null);
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
        Workspace organization = workspaces.findByVendorAndSlug(FlowdockConfiguration.KEY, body.organization())
                .orElseThrow(() -> new NotFoundException("Flowdock organization", body.organization()));
        Account account = null;
        if (body.user() != null) {
            account = accounts.findByWorkspaceAndExternalId(organization, body.user())
                    .orElseThrow(() -> new InvalidInputException("user",
                            "no user " + body.user() + " in " + organization.getSlug()));
        }
        Set<String> scopes = new LinkedHashSet<>();
        for (String scope : body.scopes() == null ? List.<String>of() : body.scopes()) {
            if (!Scopes.ALL.contains(scope)) {
                throw new InvalidInputException("scopes", "unknown scope " + scope + "; known: " + String.join(" ", Scopes.ALL));
            }
            scopes.add(scope);
        }
        RegisteredApp registered = oauth.register(organization, new NewOAuthApp(body.clientId(), "",
                body.clientSecret(), "", body.name(), body.redirectUris(), scopes,
                Boolean.TRUE.equals(body.autoApprove()), account));
        return FlowdockAppView.of(registered.app(), registered.clientSecret());
    }

    @DeleteMapping("/{clientId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove an OAuth application and revoke every token it was issued")
    void delete(@PathVariable String clientId) {
        oauth.delete(find(clientId));
    }

    private OAuthApp find(String clientId) {
        return apps.findByClientId(clientId)
                .filter(a -> FlowdockConfiguration.KEY.equals(a.getWorkspace().getVendor()))
                .orElseThrow(() -> new NotFoundException("OAuth application", clientId));
    }

    record NewFlowdockApp(String organization, String name, List<String> redirectUris, List<String> scopes,
                  Boolean autoApprove, String user, String clientId, String clientSecret) {
    }

    record FlowdockAppList(int count, List<FlowdockAppView> apps) {
    }

    /** An application as the control plane shows it; {@code clientSecret} only in the answer that created it. */
    record FlowdockAppView(String clientId, String name, String organization, List<String> redirectUris, List<String> scopes,
                   boolean autoApprove, String user, String clientSecretPrefix,
                   @JsonInclude(JsonInclude.Include.NON_NULL) String clientSecret, Instant createdAt) {

        static FlowdockAppView of(OAuthApp app, String secret) {
            return new FlowdockAppView(app.getClientId(), app.getName(), app.getWorkspace().getSlug(), app.redirectUriList(),
                    List.copyOf(app.scopeSet()), app.isAutoApprove(),
                    app.getAccount() == null ? null : app.getAccount().getExternalId(), app.getSecretDisplayPrefix(),
                    secret, app.getCreatedAt());
        }
    }
}
