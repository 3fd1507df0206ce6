package dev.teamgate.teamfluence;

import dev.teamgate.domain.workspace.Workspace;
import dev.teamgate.domain.workspace.WorkspaceRepository;
import dev.teamgate.platform.auth.Caller;
import dev.teamgate.platform.error.ApiProblemException;
import dev.teamgate.platform.error.ProblemKind;
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

    private final WorkspaceRepository workspaces;

    ResponseEntity<Object> answer(Caller caller, Function<Workspace, Object> work) {
        Workspace teamspace = workspaces.findById(caller.workspaceId())
                .orElseThrow(() -> new ApiProblemException(ProblemKind.UNAUTHENTICATED, TeamfluenceErrors.INVALID_KEY));
        if (!teamspace.isApiAccess()) {
            throw new ApiProblemException(ProblemKind.PAYMENT_REQUIRED, TeamfluenceErrors.MISSING_BILLING_SCOPE);
        }
        if (teamspace.isBillingLimited()) {
            return ResponseEntity.status(HttpStatus.ACCEPTED).body(new TeamfluenceDetail(TeamfluenceErrors.BILLING_LIMITED));
        }
        return ResponseEntity.ok(work.apply(teamspace));
    }
}
