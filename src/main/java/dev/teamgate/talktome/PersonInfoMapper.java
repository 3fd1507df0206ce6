package dev.teamgate.talktome;

import dev.teamgate.domain.account.Account;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Account → person-info. {@code available} and {@code awayInfo} are derived from the absence and
 * the given day; {@code onlineState} shows {@code DO_NOT_DISTURB} while the flag is set and
 * {@code OFFLINE} for accounts that are not active.
 */
final class PersonInfoMapper {

    private static final String DO_NOT_DISTURB = "DO_NOT_DISTURB";
    private static final String OFFLINE = "OFFLINE";

    private PersonInfoMapper() {
    }

    /**
     * @param showEmail false for the public lookup by talkToMe id: an address is not given away to
     *                  callers who did not authenticate as the person's company
     */
    static PersonInfo toPersonInfo(Account account, boolean showEmail, LocalDate today) {
        Absence absence = new Absence(account.getAwayFrom(), account.getAwayUntil());
        return new PersonInfo(true, false, account.getName(), account.getExternalId(), account.getAvatarUrl(),
                showEmail && account.getEmail() != null ? account.getEmail() : "",
                account.getPhone(), account.getMobile(), account.getWorkspace().getName(), account.getPosition(),
                account.isActive() && !absence.awayOn(today), absence.infoOn(today),
                date(account.getAwayFrom()), date(account.getAwayUntil()),
                Substitution.display(account.getSubstitution()), onlineState(account));
    }

    private static String onlineState(Account account) {
        if (!account.isActive()) {
            return OFFLINE;
        }
        if (account.isDoNotDisturb()) {
            return DO_NOT_DISTURB;
        }
        String state = account.getOnlineState();
        return state == null || state.isBlank() ? OFFLINE : state.toUpperCase(Locale.ROOT);
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
