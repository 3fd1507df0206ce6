package dev.teamgate.flowdock;

import dev.teamgate.domain.account.Account;
import dev.teamgate.domain.account.AccountRepository;
import dev.teamgate.domain.credential.Credential;
import dev.teamgate.domain.credential.CredentialKind;
import dev.teamgate.domain.credential.CredentialCheck;
import dev.teamgate.domain.credential.CredentialLookup;
import dev.teamgate.domain.credential.CredentialService;
import dev.teamgate.domain.credential.PasswordHasher;
import dev.teamgate.platform.auth.AuthOutcome;
import dev.teamgate.platform.auth.BearerTokens;
import dev.teamgate.platform.auth.Caller;
import dev.teamgate.platform.error.ApiProblem;
import dev.teamgate.platform.error.ProblemKind;
import dev.teamgate.platform.auth.VendorAuthenticator;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Flowdock's ways in: HTTP Basic with an API token as user name (any password) or with
 * e-mail:password, OAuth access tokens as {@code Authorization: Bearer} or {@code ?access_token=},
 * and a source's {@code flow_token} (query here; a body-borne one is the endpoint's business) on the
 * few paths that take it. A user is the set of accounts sharing the user id (the external id) in
 * every Flowdock organization, so one token reaches all of that user's organizations.
 */
@Component
class FlowdockAuthenticator implements VendorAuthenticator {

    private final CredentialService credentials;
    private final CredentialLookup lookup;
    private final AccountRepository accounts;
    private final TransactionTemplate readOnly;

    FlowdockAuthenticator(CredentialService credentials, CredentialLookup lookup,
                          AccountRepository accounts, PlatformTransactionManager transactions) {
        this.credentials = credentials;
        this.lookup = lookup;
        this.accounts = accounts;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** Runs in one read-only transaction: the gateway calls it before any web session is open. */
    @Override
    public AuthOutcome authenticate(HttpServletRequest request) {
        return readOnly.execute(status -> decide(request));
    }

    private AuthOutcome decide(HttpServletRequest request) {
        String route = FlowdockPaths.route(request);
        if (FlowdockPaths.isOAuth(route)) {
            // Client credentials (even as HTTP Basic) are the token endpoint's to check, not a user's.
            return AuthOutcome.anonymous();
        }
        Optional<String> flowToken = QueryString.first(request, "flow_token");
        if (flowToken.isPresent() && FlowdockPaths.takesFlowToken(request.getMethod(), route)) {
            // A flow_token names the source that posts, even when a client also sends Basic auth.
            return roomToken(flowToken.get());
        }
        if (BearerTokens.hasAuthorization(request)) {
            return fromAuthorizationHeader(request);
        }
        Optional<String> accessToken = QueryString.first(request, "access_token");
        if (accessToken.isPresent()) {
            return oauth(accessToken.get());
        }
        if (FlowdockPaths.allowsAnonymous(request.getMethod(), route)) {
            return AuthOutcome.anonymous();
        }
        return refused("Authentication required");
    }

    private AuthOutcome fromAuthorizationHeader(HttpServletRequest request) {
        Optional<String> bearer = BearerTokens.bearer(request);
        if (bearer.isPresent()) {
            return oauth(bearer.get());
        }
        Optional<BearerTokens.BasicCredentials> basic = BearerTokens.basic(request);
        if (basic.isEmpty() || basic.get().user().isEmpty()) {
            return refused("Invalid authorization header");
        }
        BearerTokens.BasicCredentials given = basic.get();
        if (given.user().contains("@") && !given.password().isEmpty()) {
            return password(given.user(), given.password());
        }
        return credentials.findUsable(given.user(), CredentialKind.API_KEY, FlowdockConfiguration.KEY)
                .filter(c -> c.getAccount() != null)
                .map(c -> user(c.getAccount(), c.getId(), "credential:" + c.getId(), c.getDisplayPrefix(), Set.of(), false))
                .orElseGet(() -> refused("Invalid API token"));
    }

    private AuthOutcome oauth(String token) {
        return credentials.findUsable(token, CredentialKind.OAUTH_ACCESS_TOKEN, FlowdockConfiguration.KEY)
                .filter(c -> c.getAccount() != null)
                .map(c -> user(c.getAccount(), c.getId(), "credential:" + c.getId(), c.getDisplayPrefix(),
                        c.scopeSet(), true))
                .orElseGet(() -> refused("Invalid access token"));
    }

    private AuthOutcome password(String email, String password) {
        for (Account account : accounts.findByEmailIgnoreCase(email)) {
            if (account.getWorkspace().getVendor().equals(FlowdockConfiguration.KEY)
                    && PasswordHasher.matches(password, account.getPasswordHash())) {
                return user(account, null, "account:" + account.getId(), account.getEmail(), Set.of(), false);
            }
        }
        return refused("Invalid email or password");
    }

    private AuthOutcome roomToken(String token) {
        CredentialCheck check = lookup.check(token, CredentialKind.ROOM_TOKEN, FlowdockConfiguration.KEY);
        if (check.isUsable()) {
            Credential c = check.credential();
            return AuthOutcome.authenticated(new Caller(FlowdockConfiguration.KEY, c.getWorkspace().getId(), null,
                    c.getId(), "credential:" + c.getId(), c.getDisplayPrefix(), Set.of(),
                    FlowdockCallerAttributes.ofRoomToken(c.getId())));
        }
        return check.status() == CredentialCheck.Status.UNKNOWN
                ? refused("Invalid flow_token")
                : AuthOutcome.refused(ApiProblem.of(ProblemKind.GONE, "The source of this flow_token has been removed"));
    }

    /** A user caller, as long as the person still belongs to at least one organization. */
    private AuthOutcome user(Account account, Long credentialId, String key, String display, Set<String> scopes,
                             boolean oauth) {
        String userId = account.getExternalId();
        List<Account> memberships = accounts.findByWorkspaceVendorAndExternalIdOrderById(FlowdockConfiguration.KEY, userId)
                .stream().filter(Account::isActive).toList();
        if (memberships.isEmpty()) {
            return refused("This user is no longer a member of any organization");
        }
        return AuthOutcome.authenticated(new Caller(FlowdockConfiguration.KEY, account.getWorkspace().getId(),
                account.getId(), credentialId, key, display, scopes, FlowdockCallerAttributes.ofUser(userId, oauth)));
    }

    private static AuthOutcome refused(String message) {
        return AuthOutcome.refused(ApiProblem.of(ProblemKind.UNAUTHENTICATED, message));
    }
}
