package dev.teamgate.stackfield;

import dev.teamgate.domain.account.Account;
import dev.teamgate.domain.account.AccountRepository;
import dev.teamgate.domain.account.AccountStatus;
import dev.teamgate.domain.workspace.Workspace;
import java.util.Comparator;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Finds an organization's people by email. A member is any account that has not been removed
 * (deactivated users are still members); anyone else is 4075.
 */
@Component
class OrganizationMembers {

    private final AccountRepository accounts;

    OrganizationMembers(AccountRepository accounts) {
        this.accounts = accounts;
    }

    /** The account with this email in the organization, whatever its status; a removed one only if no other. */
    Optional<Account> anyWithEmail(Workspace organization, String email) {
        return accounts.findByEmailIgnoreCase(email.trim()).stream()
                .filter(a -> a.getWorkspace().getId().equals(organization.getId()))
                .min(Comparator.comparing((Account a) -> a.getStatus() == AccountStatus.REMOVED).thenComparing(Account::getId));
    }

    Account member(Workspace organization, String email) {
        return anyWithEmail(organization, email).filter(a -> a.getStatus() != AccountStatus.REMOVED)
                .orElseThrow(ResultCode.NOT_A_MEMBER::exception);
    }

    /**
     * The member named by one {@code Users} entry; a {@code GroupId} (1 Admin, 2 Member, 3 Guest,
     * 4 External) must be that member's organization role: 4078 otherwise, 4056 when not a role.
     */
    Account member(Workspace organization, WebhookPayload.UserEntry entry) {
        if (entry.groupId() != null && OrgRole.byId(entry.groupId()).isEmpty()) {
            throw ResultCode.PROPERTY_NOT_PARSED.exception();
        }
        Account account = member(organization, entry.email());
        if (entry.groupId() != null && OrgRole.idOf(account.getRole()) != entry.groupId()) {
            throw ResultCode.EMAIL_GROUP_MISMATCH.exception();
        }
        return account;
    }
}
