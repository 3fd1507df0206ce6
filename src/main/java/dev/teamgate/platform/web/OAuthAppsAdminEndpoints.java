package dev.teamgate.platform.web;

import dev.teamgate.domain.oauth.OAuthApp;
import dev.teamgate.domain.oauth.OAuthAppAdministration;
import dev.teamgate.domain.oauth.OAuthAppKind;
import dev.teamgate.domain.oauth.OAuthAppRequest;
import dev.teamgate.domain.oauth.RegisteredApp;
import dev.teamgate.domain.workspace.Workspace;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The control plane's list, read and delete of one vendor's OAuth apps, the same for every vendor
 * that has them. A vendor's controller extends it under its own {@code /_admin/<vendor>/oauth-apps}
 * mapping, passing its {@link OAuthAppKind} and its {@link AppView} (how an app is shown as the
 * vendor's record {@code V}) to the constructor. It adds its own registration endpoint (what a
 * registration names, a workspace or an organization, is the vendor's), which finds the workspace
 * among the vendor's own through {@link #workspaceBySlug} or {@link #workspaces} and calls
 * {@link #register}. One transaction per call, declared here: a subclass's class-level
 * {@code @Transactional} does not reach methods it inherits. Errors are the control plane's RFC 9457
 * problems.
 */
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PROTECTED)
public abstract class OAuthAppsAdminEndpoints<V> {

    private final OAuthAppAdministration apps;
    private final OAuthAppKind kind;
    private final AppView<V> view;

    @GetMapping
    @Operation(summary = "Every registered OAuth app")
    public AppList<V> list() {
        List<V> views = apps.list(kind).stream().map(app -> view.of(app, null)).toList();
        return new AppList<>(views.size(), views);
    }

    @GetMapping("/{clientId}")
    @Operation(summary = "One OAuth app, by its client id")
    public V get(@PathVariable String clientId) {
        return view.of(apps.find(kind, clientId), null);
    }

    @DeleteMapping("/{clientId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove an OAuth app and revoke every token it was issued")
    public void delete(@PathVariable String clientId) {
        apps.delete(kind, clientId);
    }

    /** This vendor's workspace with that slug (another vendor's of the same slug is not found). */
    protected Optional<Workspace> workspaceBySlug(String slug) {
        return apps.workspace(kind, slug);
    }

    /** Every workspace of this vendor, in id order. */
    protected List<Workspace> workspaces() {
        return apps.workspaces(kind);
    }

    /** Registers an app in {@code workspace} (the subclass's create endpoint has found it); the view shows the secret once. */
    protected V register(Workspace workspace, OAuthAppRequest request) {
        RegisteredApp registered = apps.register(kind, workspace, request);
        return view.of(registered.app(), registered.clientSecret());
    }

    /** An app as this vendor's control plane shows it; {@code clientSecret} only in the answer that created it. */
    @FunctionalInterface
    public interface AppView<V> {
        V of(OAuthApp app, @Nullable String clientSecret);
    }

    /** The list's answer: how many apps, and each one's view. */
    public record AppList<V>(int count, List<V> apps) {
    }
}
