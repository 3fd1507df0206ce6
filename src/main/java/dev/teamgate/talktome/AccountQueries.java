package dev.teamgate.talktome;

import dev.teamgate.domain.account.Account;
import dev.teamgate.domain.account.AccountStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The read side: is-account and person-info. */
@Service
@RequiredArgsConstructor
class AccountQueries {

    private final CompanyMembers members;
    private final TalkToMeProperties properties;
    private final Clock clock;

    /**
     * Own company: exists, and verified unless the account was never activated (status
     * DEACTIVATED); another company: exists only; otherwise: does not exist.
     */
    @Transactional(readOnly = true)
    IsAccountAnswer isAccount(Company company, String email) {
        List<Account> found = members.withEmail(email);
        return found.stream()
                .filter(a -> a.getWorkspace().getId().equals(company.workspaceId()))
                .findFirst()
                .map(a -> IsAccountAnswer.ownCompany(a.getStatus() != AccountStatus.DEACTIVATED))
                .orElseGet(() -> found.isEmpty() ? IsAccountAnswer.unknown() : IsAccountAnswer.otherCompany());
    }

    /** Public lookup: no authentication, so the email address stays hidden. */
    @Transactional(readOnly = true)
    PersonInfo byTalkToMeId(String talkToMeId) {
        Account account = members.byTalkToMeId(talkToMeId)
                .orElseThrow(() -> TalkToMeErrors.notFound("No account was found for the talkToMeId " + talkToMeId + "."));
        return PersonInfoMapper.toPersonInfo(account, false, today());
    }

    /** Company lookup: 404 unknown address, 403 an account of another company. */
    @Transactional(readOnly = true)
    PersonInfo byEmail(Company company, String email) {
        return PersonInfoMapper.toPersonInfo(members.memberByEmail(company, email), true, today());
    }

    private LocalDate today() {
        return AccessKeys.day(clock.instant(), properties.zone());
    }
}
