package dev.teamgate.domain.oauth;

import dev.teamgate.domain.account.Account;
import dev.teamgate.domain.account.AccountRepository;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may approve an authorization request for an app: the active users of the app's workspace.
 * Without a named user the app's own user approves, else the first administrator, else the first
 * user. Each vendor words the refusal when there is no such user.
 */
@Component
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class OAuthApprovers {

    private final AccountRepository accounts;

    /** The users the consent page offers, in the workspace's order. */
    public List<Account> users(OAuthApp app) {
        return accounts.findByWorkspaceOrderById(app.getWorkspace()).stream().filter(Account::isActive).toList();
    }

    /** The active user {@code userId} of the app's workspace. */
    public Optional<Account> named(OAuthApp app, String userId) {
        return accounts.findByWorkspaceAndExternalId(app.getWorkspace(), userId).filter(Account::isActive);
    }

    /** Who approves when the request names nobody. */
    public Optional<Account> byDefault(OAuthApp app) {
        if (app.getAccount() != null && app.getAccount().isActive()) {
            return Optional.of(app.getAccount());
        }
        List<Account> all = users(app);
        return all.stream().filter(a -> a.getRole().isAdministrative()).findFirst()
                .or(() -> all.stream().findFirst());
    }
}
