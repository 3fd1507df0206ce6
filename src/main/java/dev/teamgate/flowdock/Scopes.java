package dev.teamgate.flowdock;

import dev.teamgate.platform.auth.Caller;
import java.util.Arrays;
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

    /** Every scope's value, in the order the authentication docs list them. */
    static final List<String> ALL = Arrays.stream(Scope.values()).map(Scope::value).toList();
    private static final Set<String> DEFAULT = Set.of(Scope.FLOW.value(), Scope.PRIVATE.value());

    private Scopes() {
    }

    static void require(Caller caller, Scope scope) {
        if (!FlowdockCallerAttributes.viaOAuth(caller)) {
            return;
        }
        Set<String> granted = caller.scopes().isEmpty() ? DEFAULT : caller.scopes();
        if (!granted.contains(scope.value())) {
            throw FlowdockErrors.forbidden("The access token does not have the " + scope.value() + " scope");
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
            return new LinkedHashSet<>(List.of(Scope.FLOW.value(), Scope.PRIVATE.value()));
        }
        Set<String> ordered = new LinkedHashSet<>();
        ALL.stream().filter(named::contains).forEach(ordered::add);
        return ordered;
    }
}
