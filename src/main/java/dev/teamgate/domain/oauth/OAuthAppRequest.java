package dev.teamgate.domain.oauth;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A control-plane request to register an app. {@code approver} is the external id of the account
 * that approves by default ({@code approverField} names it in error messages: CommFlow's
 * {@code account}, Flowdock's {@code user}); a null {@code clientId} or {@code clientSecret} is generated.
 */
public record OAuthAppRequest(@Nullable String name, @Nullable List<String> redirectUris,
                              @Nullable List<String> scopes, boolean autoApprove, @Nullable String approver,
                              String approverField, @Nullable String clientId, @Nullable String clientSecret) {
}
