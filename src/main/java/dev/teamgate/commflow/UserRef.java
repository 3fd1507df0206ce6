package dev.teamgate.commflow;

import dev.teamgate.domain.account.Account;

/** A user as other resources show it: {@code {"id":"user_123","name":"Developer"}}. */
record UserRef(String id, String name) {

    static UserRef of(Account account) {
        return account == null ? null : new UserRef(account.getExternalId(), account.getName());
    }
}
