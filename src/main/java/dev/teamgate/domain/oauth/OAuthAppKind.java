package dev.teamgate.domain.oauth;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What one vendor's OAuth apps look like to {@link OAuthAppAdministration}: the vendor key that owns
 * them, the prefixes of generated client ids and secrets, the noun its control plane calls an app,
 * and its scope vocabulary (the spelling a scope is stored in, and every scope, for error messages).
 */
public record OAuthAppKind(String vendor, String clientIdPrefix, String clientSecretPrefix, String noun,
                           Function<String, Optional<String>> canonicalScope, List<String> knownScopes) {
}
