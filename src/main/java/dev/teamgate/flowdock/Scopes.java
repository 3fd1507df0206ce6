package dev.teamgate.flowdock;

import dev.teamgate.platform.auth.Caller;
import java.util.Set;

/**
 * OAuth scopes (flow, private, manage, profile, offline_access, integration). Only OAuth tokens are
 * limited by them; a token issued without scopes has Flowdock's default, flow and private. API
 * tokens and passwords may do everything their user may.
 */
final class Scopes {

    static final String FLOW = "flow";
    static final String PRIVATE = "private";
    static final String MANAGE = "manage";
    static final String PROFILE = "profile";
    static final String INTEGRATION = "integration";
    private static final Set<String> DEFAULT = Set.of(FLOW, PRIVATE);

    private Scopes() {
    }

    static void require(Caller caller, String scope) {
        if (caller == null || !Boolean.TRUE.equals(caller.attributes().get(FlowdockAuthenticator.OAUTH))) {
            return;
        }
        Set<String> granted = caller.scopes().isEmpty() ? DEFAULT : caller.scopes();
        if (!granted.contains(scope)) {
            throw FlowdockErrors.forbidden("The access token does not have the " + scope + " scope");
        }
    }
}
