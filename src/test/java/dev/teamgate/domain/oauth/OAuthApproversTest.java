package dev.teamgate.domain.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.teamgate.domain.account.Account;
import dev.teamgate.domain.account.AccountRepository;
import dev.teamgate.domain.account.AccountRole;
import dev.teamgate.domain.account.AccountStatus;
import dev.teamgate.domain.workspace.Workspace;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OAuthApproversTest {

    private final AccountRepository accounts = mock(AccountRepository.class);
    private final OAuthApprovers approvers = new OAuthApprovers(accounts);
    private final Workspace workspace = new Workspace("flowdock", "acme", "1", "Acme", Instant.EPOCH);
    private final OAuthApp app = new OAuthApp(workspace, "client", "h", "p", "App", Instant.EPOCH);

    private Account account(String id, AccountRole role, AccountStatus status) {
        Account account = new Account(workspace, id, id, id, Instant.EPOCH);
        account.setRole(role);
        account.setStatus(status);
        return account;
    }

    @Test
    void aNamedUserMustBeActive() {
        Account gone = account("u1", AccountRole.OWNER, AccountStatus.DEACTIVATED);
        Account ann = account("u2", AccountRole.MEMBER, AccountStatus.ACTIVE);
        when(accounts.findByWorkspaceAndExternalId(workspace, "u1")).thenReturn(Optional.of(gone));
        when(accounts.findByWorkspaceAndExternalId(workspace, "u2")).thenReturn(Optional.of(ann));

        assertThat(approvers.named(app, "u1")).isEmpty();
        assertThat(approvers.named(app, "u2")).contains(ann);
        assertThat(approvers.named(app, "nobody")).isEmpty();
    }

    @Test
    void byDefaultTheAppsOwnActiveUserApproves() {
        Account own = account("u3", AccountRole.MEMBER, AccountStatus.ACTIVE);
        app.setAccount(own);

        assertThat(approvers.byDefault(app)).contains(own);
    }

    @Test
    void elseTheFirstActiveAdministratorElseTheFirstActiveUser() {
        Account member = account("u1", AccountRole.MEMBER, AccountStatus.ACTIVE);
        Account lockedOwner = account("u2", AccountRole.OWNER, AccountStatus.LOCKED);
        Account admin = account("u3", AccountRole.ADMIN, AccountStatus.ACTIVE);
        app.setAccount(account("u4", AccountRole.OWNER, AccountStatus.REMOVED));
        when(accounts.findByWorkspaceOrderById(workspace)).thenReturn(List.of(member, lockedOwner, admin));

        assertThat(approvers.byDefault(app)).contains(admin);
        assertThat(approvers.users(app)).containsExactly(member, admin);

        when(accounts.findByWorkspaceOrderById(workspace)).thenReturn(List.of(lockedOwner, member));
        assertThat(approvers.byDefault(app)).contains(member);

        when(accounts.findByWorkspaceOrderById(workspace)).thenReturn(List.of(lockedOwner));
        assertThat(approvers.byDefault(app)).isEmpty();
    }
}
