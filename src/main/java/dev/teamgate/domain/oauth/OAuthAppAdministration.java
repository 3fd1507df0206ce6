package dev.teamgate.domain.oauth;

import dev.teamgate.domain.InvalidInputException;
import dev.teamgate.domain.NotFoundException;
import dev.teamgate.domain.account.Account;
import dev.teamgate.domain.account.AccountRepository;
import dev.teamgate.domain.workspace.Workspace;
import dev.teamgate.domain.workspace.WorkspaceRepository;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The control plane's side of OAuth apps, the same for every vendor that has them: list a vendor's
 * apps, find one by client id (another vendor's app is not found), find the vendor's workspaces an app
 * may be registered in, register one with its default approver and scopes checked, remove one. Which
 * of a vendor's workspaces a registration names (a slug, a public id with its mode) and how an app
 * shows on the wire stay in the vendor's admin controller; what differs between vendors is an
 * {@link OAuthAppKind}.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class OAuthAppAdministration {

    private final OAuthAppRepository apps;
    private final OAuthService oauth;
    private final AccountRepository accounts;
    private final WorkspaceRepository workspaces;

    public List<OAuthApp> list(OAuthAppKind kind) {
        return apps.findByVendor(kind.vendor());
    }

    public OAuthApp find(OAuthAppKind kind, String clientId) {
        return apps.findByClientId(clientId)
                .filter(a -> kind.vendor().equals(a.getWorkspace().getVendor()))
                .orElseThrow(() -> new NotFoundException(kind.noun(), clientId));
    }

    /** The vendor's workspace with this slug; another vendor's workspace of the same slug is not found. */
    public Optional<Workspace> workspace(OAuthAppKind kind, String slug) {
        return workspaces.findByVendorAndSlug(kind.vendor(), slug);
    }

    /** Every workspace of the vendor, in id order. */
    public List<Workspace> workspaces(OAuthAppKind kind) {
        return workspaces.findByVendorOrderById(kind.vendor());
    }

    public RegisteredApp register(OAuthAppKind kind, Workspace workspace, OAuthAppRequest request) {
        Account approver = null;
        if (request.approver() != null) {
            approver = accounts.findByWorkspaceAndExternalId(workspace, request.approver())
                    .orElseThrow(() -> new InvalidInputException(request.approverField(),
                            "no user " + request.approver() + " in " + workspace.getSlug()));
        }
        Set<String> scopes = new LinkedHashSet<>();
        for (String scope : request.scopes() == null ? List.<String>of() : request.scopes()) {
            scopes.add(kind.canonicalScope().apply(scope).orElseThrow(() -> new InvalidInputException("scopes",
                    "unknown scope " + scope + "; known: " + String.join(" ", kind.knownScopes()))));
        }
        return oauth.register(workspace, new NewOAuthApp(request.clientId(), kind.clientIdPrefix(),
                request.clientSecret(), kind.clientSecretPrefix(), request.name(), request.redirectUris(), scopes,
                request.autoApprove(), approver));
    }

    /** Removes the app and revokes every token it was issued. */
    public void delete(OAuthAppKind kind, String clientId) {
        oauth.delete(find(kind, clientId));
    }
}
