package dev.teamgate.talktome;

import dev.teamgate.domain.account.Account;
import dev.teamgate.domain.account.AccountRepository;
import dev.teamgate.domain.account.AccountStatus;
import dev.teamgate.domain.workspace.Workspace;
import dev.teamgate.domain.workspace.WorkspaceRepository;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * Finds talk-to-me accounts. Only accounts of talk-to-me companies count, and removed accounts
 * do not exist any more. Callers run inside a transaction (lazy workspaces).
 */
@Component
@RequiredArgsConstructor
class CompanyMembers {

    private final WorkspaceRepository workspaces;
    private final AccountRepository accounts;

    Workspace company(Company company) {
        return workspaces.findById(company.workspaceId()).orElseThrow(TalkToMeErrors::invalidKey);
    }

    /** Every existing talk-to-me account with that address, in any company, oldest first. */
    List<Account> withEmail(String email) {
        return accounts.findByEmailIgnoreCase(email).stream()
                .filter(a -> a.getStatus() != AccountStatus.REMOVED)
                .filter(a -> TalkToMeConfiguration.VENDOR.equals(a.getWorkspace().getVendor()))
                .sorted(java.util.Comparator.comparing(Account::getId))
                .toList();
    }

    /**
     * The account with that address in the company: 404 when no company has it, 403 when only
     * another company does.
     */
    Account memberByEmail(Company company, String email) {
        List<Account> found = withEmail(email);
        return found.stream()
                .filter(a -> a.getWorkspace().getId().equals(company.workspaceId()))
                .findFirst()
                .orElseThrow(() -> found.isEmpty()
                        ? TalkToMeErrors.notFound("No account was found for the email address " + email + ".")
                        : TalkToMeErrors.forbidden("The account does not belong to your company."));
    }

    /** Like {@link #memberByEmail} but the account must also be usable: 403 when locked or not active. */
    Account activeMemberByEmail(Company company, String email) {
        Account account = memberByEmail(company, email);
        if (account.getStatus() == AccountStatus.LOCKED) {
            throw TalkToMeErrors.forbidden("The account is locked.");
        }
        if (!account.isActive()) {
            throw TalkToMeErrors.forbidden("The account is not active.");
        }
        return account;
    }

    /** An account of this company named by talkToMe id or by email address. */
    Optional<Account> inCompany(Workspace company, String idOrEmail) {
        return accounts.findByWorkspaceAndExternalId(company, idOrEmail)
                .or(() -> withEmail(idOrEmail).stream()
                        .filter(a -> a.getWorkspace().getId().equals(company.getId())).findFirst())
                .filter(a -> a.getStatus() != AccountStatus.REMOVED);
    }

    /** The account with that public talkToMe id, in whichever talk-to-me company has it. */
    Optional<Account> byTalkToMeId(String talkToMeId) {
        for (Workspace company : workspaces.findByVendorOrderById(TalkToMeConfiguration.VENDOR)) {
            Optional<Account> found = accounts.findByWorkspaceAndExternalId(company, talkToMeId)
                    .filter(a -> a.getStatus() != AccountStatus.REMOVED);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
