package dev.teamgate.domain.oauth;

import dev.teamgate.domain.InvalidInputException;
import dev.teamgate.domain.NotFoundException;
import dev.teamgate.domain.account.Account;
import dev.teamgate.domain.account.AccountRepository;
import dev.teamgate.domain.workspace.Workspace;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The control plane's side of OAuth apps, the same for every vendor that has them: list a vendor's
 * apps, find one by client id (another vendor's app is not found), register one with its default
 * approver and scopes checked, remove one. How a vendor names its workspaces and shows an app on the
 * wire stays in the vendor's admin controller; what differs between vendors is an {@link OAuthAppKind}.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class OAuthAppAdministration {

    private final OAuthAppRepository apps;
    private final OAuthService oauth;
    private final AccountRepository accounts;

    public List<OAuthApp> list(OAuthAppKind kind) {
        return apps.findByVendor(kind.vendor());
    }

    public OAuthApp find(OAuthAppKind kind, String clientId) {
        return apps.findByClientId(clientId)
                .filter(a -> kind.vendor().equals(a.getWorkspace().getVendor()))
                .orElseThrow(() -> new NotFoundException(kind.noun(), clientId));
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
