package dev.teamgate.teamfluence;

import dev.teamgate.domain.account.Account;
import dev.teamgate.domain.account.AccountRepository;
import dev.teamgate.domain.credential.Credential;
import dev.teamgate.domain.credential.CredentialKind;
import dev.teamgate.domain.credential.CredentialService;
import dev.teamgate.domain.workspace.WorkspaceRepository;
import dev.teamgate.platform.auth.AuthOutcome;
import dev.teamgate.platform.auth.BearerTokens;
import dev.teamgate.platform.auth.Caller;
import dev.teamgate.platform.auth.VendorAuthenticator;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code Authorization: Bearer <personal API key>} on every request. The key must be a usable
 * Teamfluence API key of an active Administrator or Teamspace Owner, and the {@code profile_id}
 * in the path must be that person's: it names the caller (it does not narrow what is returned).
 * A profile id nobody has is a 404; someone else's is a 401.
 */
final class TeamfluenceAuthenticator implements VendorAuthenticator {

    private static final String PROFILE_ID = "profileId";

    private final CredentialService credentials;
    private final WorkspaceRepository workspaces;
    private final AccountRepository accounts;
    private final String apiPrefix;

    TeamfluenceAuthenticator(CredentialService credentials, WorkspaceRepository workspaces, AccountRepository accounts,
                             String apiPrefix) {
        this.credentials = credentials;
        this.workspaces = workspaces;
        this.accounts = accounts;
        this.apiPrefix = apiPrefix + "/";
    }

    @Override
    public AuthOutcome authenticate(HttpServletRequest request) {
        Optional<String> key = BearerTokens.bearer(request);
        if (key.isEmpty()) {
            return refused(TeamfluenceError.NOT_AUTHENTICATED);
        }
        Optional<Credential> credential = credentials.findUsable(key.get(), CredentialKind.API_KEY,
                TeamfluenceConfiguration.KEY);
        if (credential.isEmpty() || credential.get().getAccount() == null) {
            return refused(TeamfluenceError.INVALID_KEY);
        }
        Account owner = credential.get().getAccount();
        if (!owner.isActive()) {
            return refused(TeamfluenceError.INACTIVE_PROFILE);
        }
        if (!owner.getRole().isAdministrative()) {
            return refused(TeamfluenceError.NOT_ADMINISTRATOR);
        }
        String profileId = profileId(request);
        if (profileId != null && !profileId.equals(owner.getExternalId())) {
            return profileExists(profileId)
                    ? refused(TeamfluenceError.WRONG_PROFILE)
                    : refused(TeamfluenceError.NOT_FOUND);
        }
        Credential c = credential.get();
        return AuthOutcome.authenticated(new Caller(TeamfluenceConfiguration.KEY, c.getWorkspace().getId(),
                owner.getId(), c.getId(), "credential:" + c.getId(), c.getDisplayPrefix(), Set.of(),
                Map.of(PROFILE_ID, owner.getExternalId())));
    }

    /** The first path segment after the API prefix, decoded, or null when there is none. */
    private String profileId(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith(apiPrefix)) {
            return null;
        }
        String rest = path.substring(apiPrefix.length());
        int slash = rest.indexOf('/');
        String segment = slash < 0 ? rest : rest.substring(0, slash);
        if (segment.isEmpty()) {
            return null;
        }
        try {
            return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException badEscape) {
            return segment;
        }
    }

    private boolean profileExists(String profileId) {
        return workspaces.findByVendorOrderById(TeamfluenceConfiguration.KEY).stream()
                .anyMatch(ws -> accounts.findByWorkspaceAndExternalId(ws, profileId).isPresent());
    }

    private static AuthOutcome refused(TeamfluenceError error) {
        return AuthOutcome.refused(error.problem());
    }
}
