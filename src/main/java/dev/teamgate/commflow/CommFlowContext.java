package dev.teamgate.commflow;

import dev.teamgate.domain.account.Account;
import dev.teamgate.domain.account.AccountRepository;
import dev.teamgate.domain.workspace.Workspace;
import dev.teamgate.domain.workspace.WorkspaceRepository;
import dev.teamgate.platform.auth.Caller;
import dev.teamgate.platform.error.ApiProblemException;
import dev.teamgate.platform.error.ProblemKind;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/** The workspace and user behind a caller, as entities. */
@Component
@RequiredArgsConstructor
class CommFlowContext {

    private final WorkspaceRepository workspaces;
    private final AccountRepository accounts;

    Workspace workspace(Caller caller) {
        // The credential was valid a moment ago; its workspace can only be gone if a reset raced us.
        return workspaces.findById(caller.workspaceId()).orElseThrow(() ->
                new ApiProblemException(ProblemKind.UNAUTHENTICATED, "The credential's workspace no longer exists"));
    }

    /** The key's owner, or for a key without one the workspace's first owner or admin, or its first account. */
    Optional<Account> user(Caller caller, Workspace workspace) {
        if (caller.accountId() != null) {
            Optional<Account> own = accounts.findById(caller.accountId());
            if (own.isPresent()) {
                return own;
            }
        }
        var all = accounts.findByWorkspaceOrderById(workspace);
        return all.stream().filter(a -> a.getRole().isAdministrative()).findFirst()
                .or(() -> all.stream().findFirst());
    }
}
