package dev.teamgate.talktome;

import dev.teamgate.domain.account.Account;
import dev.teamgate.domain.room.Room;
import dev.teamgate.domain.room.RoomRepository;
import dev.teamgate.domain.workspace.Workspace;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The write side: absence and do-not-disturb. The account must belong to the calling company and
 * be active (a locked account is refused); every check runs before anything is changed.
 */
@Service
@RequiredArgsConstructor
class AccountUpdates {

    private final CompanyMembers members;
    private final RoomRepository rooms;

    @Transactional
    void setAbsence(Company company, OutOfOfficeRequest request) {
        Account account = members.activeMemberByEmail(company, request.accountEmail());
        String substitution = substitution(members.company(company), request);
        account.setAwayFrom(request.awayFrom());
        account.setAwayUntil(request.awayUntil());
        account.setSubstitution(substitution);
    }

    /**
     * Sets the flag that takes the person out of the distribution of incoming conversations in
     * every channel they are a member of ({@code Account.doNotDisturb}).
     */
    @Transactional
    void setDoNotDisturb(Company company, String accountEmail, boolean doNotDisturb) {
        members.activeMemberByEmail(company, accountEmail).setDoNotDisturb(doNotDisturb);
    }

    /** The stored form of the replacement: a channel of the company, else an account of it, else none. */
    private String substitution(Workspace company, OutOfOfficeRequest request) {
        if (request.substitutionChannel() != null) {
            Room channel = rooms.findByWorkspaceAndExternalId(company, request.substitutionChannel())
                    .orElseThrow(() -> TalkToMeErrors.notFound(
                            "No channel was found for the substitutionChannel " + request.substitutionChannel() + "."));
            return Substitution.ofChannel(channel.getExternalId());
        }
        if (request.substitution() != null) {
            Account replacement = members.inCompany(company, request.substitution())
                    .orElseThrow(() -> TalkToMeErrors.notFound(
                            "No account of your company was found for the substitution " + request.substitution() + "."));
            return Substitution.ofAccount(replacement.getExternalId());
        }
        return null;
    }
}
