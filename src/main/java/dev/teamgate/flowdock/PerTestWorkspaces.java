package dev.teamgate.flowdock;

import dev.teamgate.domain.account.Account;
import dev.teamgate.domain.workspace.Workspace;
import java.util.List;

/**
 * A Flowdock user is every account that shares its user id, one per organization it belongs to.
 * A workspace created for one test ({@code POST /_admin/workspaces}) is a world of its own: its
 * accounts never join accounts of other workspaces, even when the test's fixture reuses an id
 * from the docs (user "2"). Otherwise the test's token would read and post in the seeded flows.
 */
final class PerTestWorkspaces {

    private PerTestWorkspaces() {
    }

    static boolean isIsolated(Workspace workspace) {
        return "true".equals(workspace.getSettings().get(Workspace.ISOLATED_SETTING));
    }

    /**
     * The accounts that belong with the caller's own: only the one in its workspace when that
     * workspace is per-test, otherwise every account outside per-test workspaces.
     */
    static List<Account> sameUniverse(List<Account> accounts, Long callerWorkspaceId) {
        Account home = accounts.stream()
                .filter(a -> a.getWorkspace().getId().equals(callerWorkspaceId)).findFirst().orElse(null);
        if (home != null && isIsolated(home.getWorkspace())) {
            return List.of(home);
        }
        return accounts.stream().filter(a -> !isIsolated(a.getWorkspace())).toList();
    }
}
