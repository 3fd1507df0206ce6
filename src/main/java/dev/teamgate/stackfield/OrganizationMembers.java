package dev.teamgate.stackfield;

import dev.teamgate.domain.account.Account;
import dev.teamgate.domain.account.AccountRepository;
import dev.teamgate.domain.account.AccountStatus;
import dev.teamgate.domain.workspace.Workspace;
import java.util.Comparator;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * Finds an organization's people by email. A member is any account that has not been removed
 * (deactivated users are still members); anyone else is 4075.
 */
@Component
@RequiredArgsConstructor
class OrganizationMembers {

    private final AccountRepository accounts;

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
     * The member named by one {@code Users} entry. Stackfield never says what {@code GroupId} is; we
     * read it as the role id scale of {@code OrgRoleId} (1 Admin, 2 Member, 3 Guest, 4 External),
     * the group the user joins the room in. The docs' own examples send {@code GroupId: 2} for
     * everyone, so any group at or below the user's organization role passes (an admin may join
     * as a member); only a group above it is "Invalid email and group combination" (4078: a guest
     * or external user cannot join as a member). A value that is no role id is 4056.
     */
    Account member(Workspace organization, WebhookPayload.UserEntry entry) {
        if (entry.groupId() != null && OrgRole.byId(entry.groupId()).isEmpty()) {
            throw ResultCode.PROPERTY_NOT_PARSED.exception();
        }
        Account account = member(organization, entry.email());
        if (entry.groupId() != null && entry.groupId() < OrgRole.idOf(account.getRole())) {
            throw ResultCode.EMAIL_GROUP_MISMATCH.exception();
        }
        return account;
    }
}
