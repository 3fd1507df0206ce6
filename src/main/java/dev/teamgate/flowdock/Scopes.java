package dev.teamgate.flowdock;

import dev.teamgate.platform.auth.Caller;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * OAuth scopes (flow, private, manage, profile, offline_access, integration). Only OAuth tokens are
 * limited by them; a token issued without scopes has Flowdock's default, flow and private. API
 * tokens and passwords may do everything their user may. {@code offline_access} limits nothing:
 * it is what earns a grant its refresh token.
 */
final class Scopes {

    static final String FLOW = "flow";
    static final String PRIVATE = "private";
    static final String MANAGE = "manage";
    static final String PROFILE = "profile";
    static final String OFFLINE_ACCESS = "offline_access";
    static final String INTEGRATION = "integration";
    /** Every scope, in the order the authentication docs list them. */
    static final List<String> ALL = List.of(FLOW, PRIVATE, MANAGE, PROFILE, OFFLINE_ACCESS, INTEGRATION);
    private static final Set<String> DEFAULT = Set.of(FLOW, PRIVATE);

    private Scopes() {
    }

    static void require(Caller caller, String scope) {
        if (!FlowdockCallerAttributes.viaOAuth(caller)) {
            return;
        }
        Set<String> granted = caller.scopes().isEmpty() ? DEFAULT : caller.scopes();
        if (!granted.contains(scope)) {
            throw FlowdockErrors.forbidden("The access token does not have the " + scope + " scope");
        }
    }

    /**
     * The scopes a request names, separated by spaces (RFC 6749) or commas (as Flowdock prints them),
     * in the docs' order; none named means Flowdock's default, flow and private.
     *
     * @throws IllegalArgumentException naming the first unknown scope
     */
    static Set<String> parse(String requested) {
        Set<String> named = new LinkedHashSet<>();
        if (requested != null) {
            for (String scope : requested.trim().split("[\\s,]+")) {
                if (scope.isEmpty()) {
                    continue;
                }
                if (!ALL.contains(scope)) {
                    throw new IllegalArgumentException(scope);
                }
                named.add(scope);
            }
        }
        if (named.isEmpty()) {
            return new LinkedHashSet<>(List.of(FLOW, PRIVATE));
        }
        Set<String> ordered = new LinkedHashSet<>();
        ALL.stream().filter(named::contains).forEach(ordered::add);
        return ordered;
    }
}
