package dev.teamgate.domain.oauth;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * An OAuth app in the {@code oauthApps} fixture section: {@code clientSecret} in plain text when
 * loading (the seed's demo apps), or {@code clientSecretHash} plus {@code secretDisplayPrefix} (what
 * an export writes). {@code account} is an account slug.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record OAuthAppFixture(
        String clientId,
        String name,
        String clientSecret,
        String clientSecretHash,
        String secretDisplayPrefix,
        List<String> redirectUris,
        List<String> scopes,
        Boolean autoApprove,
        String account,
        Instant createdAt) {
}
