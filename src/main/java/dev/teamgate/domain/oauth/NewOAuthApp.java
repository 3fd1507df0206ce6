package dev.teamgate.domain.oauth;

import dev.teamgate.domain.account.Account;
import java.util.List;
import java.util.Set;

/**
 * What registering an app needs. A null {@code clientId} or {@code clientSecret} is generated with
 * the given prefix.
 */
public record NewOAuthApp(String clientId, String clientIdPrefix, String clientSecret, String clientSecretPrefix,
                          String name, List<String> redirectUris, Set<String> scopes, boolean autoApprove,
                          Account account) {
}
