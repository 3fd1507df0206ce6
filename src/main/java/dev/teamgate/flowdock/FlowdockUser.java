package dev.teamgate.flowdock;

import dev.teamgate.domain.account.Account;
import dev.teamgate.domain.room.Room;
import dev.teamgate.domain.workspace.Workspace;
import dev.teamgate.platform.auth.Caller;
import java.util.List;
import java.util.Optional;

/**
 * The calling person: a Flowdock user id and the account it holds in each organization it belongs
 * to (accounts that share the id as their external id). {@code caller} says how they signed in.
 */
record FlowdockUser(String id, List<Account> accounts, Caller caller) {

    Optional<Account> in(Workspace workspace) {
        return accounts.stream().filter(a -> a.getWorkspace().getId().equals(workspace.getId())).findFirst();
    }

    /** The user's account in the organization of {@code room}; 404 as if the flow did not exist. */
    Account accountIn(Room room) {
        return in(room.getWorkspace()).orElseThrow(() -> FlowdockErrors.notFound("Flow not found"));
    }

    boolean isAdminOf(Workspace workspace) {
        return in(workspace).map(a -> a.getRole().isAdministrative()).orElse(false);
    }

    List<Workspace> organizations() {
        return accounts.stream().map(Account::getWorkspace).toList();
    }
}
