package dev.teamgate.platform.auth;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Who is calling, as established by a vendor's authenticator: plain values, safe to hold after the
 * authentication transaction has ended. Controllers receive it as a method parameter.
 *
 * @param accountId     the account, or null for a caller that is no user (a webhook URL, a flow_token)
 * @param credentialKey a stable key for rate limiting (credential id, or another vendor-chosen key)
 * @param displayPrefix what the journal shows instead of the secret
 * @param attributes    vendor-specific extras (for example the test/live mode of a key)
 */
public record Caller(String vendor, Long workspaceId, @Nullable Long accountId, @Nullable Long credentialId,
                     String credentialKey, String displayPrefix, Set<String> scopes, Map<String, Object> attributes) {

    public static final String ATTRIBUTE = Caller.class.getName();

    public Caller {
        scopes = scopes == null ? Set.of() : Set.copyOf(scopes);
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    public boolean hasScope(String scope) {
        return scopes.contains(scope);
    }

    public Optional<Object> attribute(String name) {
        return Optional.ofNullable(attributes.get(name));
    }

    public static Optional<Caller> current(HttpServletRequest request) {
        return Optional.ofNullable((Caller) request.getAttribute(ATTRIBUTE));
    }
}
