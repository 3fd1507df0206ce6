package dev.teamgate.teamfluence;

import dev.teamgate.domain.workspace.Workspace;
import dev.teamgate.domain.workspace.WorkspaceRepository;
import dev.teamgate.platform.auth.Caller;
import java.util.function.Function;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The teamspace's subscription, checked on every API request after authentication and the rate
 * limit: without API access the answer is 402; with a billing limitation the request is accepted
 * but not carried out (202 with a {@code detail}); otherwise the work runs and answers 200.
 */
@Component
@RequiredArgsConstructor
class BillingGate {

    /** The 202's detail: Teamfluence accepts the call but does no work while billing limits the teamspace. */
    static final String BILLING_LIMITED =
            "The request was accepted but not completed: your teamspace subscription is limited by billing.";

    private final WorkspaceRepository workspaces;

    ResponseEntity<Object> answer(Caller caller, Function<Workspace, Object> work) {
        Workspace teamspace = workspaces.findById(caller.workspaceId())
                .orElseThrow(TeamfluenceError.INVALID_KEY::exception);
        if (!teamspace.isApiAccess()) {
            throw TeamfluenceError.MISSING_BILLING_SCOPE.exception();
        }
        if (teamspace.isBillingLimited()) {
            return ResponseEntity.status(HttpStatus.ACCEPTED).body(new TeamfluenceDetail(BILLING_LIMITED));
        }
        return ResponseEntity.ok(work.apply(teamspace));
    }
}
