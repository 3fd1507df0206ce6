package dev.teamgate.flowdock;

import dev.teamgate.domain.account.Account;
import dev.teamgate.domain.integration.IntegrationSource;

/**
 * Who a message comes from: a user's account in the target room's organization, or a source
 * (an integration posting with its flow_token; {@code source} is null for a plain push token).
 */
record Poster(Account account, IntegrationSource source) {

    static Poster user(Account account) {
        return new Poster(account, null);
    }

    static Poster integration(IntegrationSource source) {
        return new Poster(null, source);
    }

    String userId() {
        return account == null ? null : account.getExternalId();
    }

    boolean isUser() {
        return account != null;
    }
}
