package dev.teamgate.flowdock;

import dev.teamgate.domain.credential.Credential;
import dev.teamgate.domain.credential.CredentialKind;
import dev.teamgate.domain.credential.CredentialRepository;
import dev.teamgate.domain.credential.CredentialCheck;
import dev.teamgate.domain.credential.CredentialLookup;
import dev.teamgate.domain.integration.IntegrationSource;
import dev.teamgate.domain.integration.IntegrationSourceRepository;
import dev.teamgate.platform.auth.Caller;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * Flow tokens: a source's {@code flow_token} and the older per-flow push tokens, both room tokens
 * bound to one flow. A token whose source was removed answers 410 Gone, an unknown one 401.
 */
@Component
@RequiredArgsConstructor
class SourceTokens {

    private final CredentialLookup lookup;
    private final CredentialRepository credentialRepository;
    private final IntegrationSourceRepository sources;

    /** The room token the caller authenticated with (query {@code flow_token}), if any. */
    Optional<Credential> fromCaller(Caller caller) {
        Long id = FlowdockCallerAttributes.roomTokenId(caller);
        return id == null ? Optional.empty() : credentialRepository.findById(id);
    }

    /** The usable room token for {@code token}: 410 when its source was removed, 401 when unknown. */
    Credential resolve(String token) {
        CredentialCheck check = lookup.check(token, CredentialKind.ROOM_TOKEN, FlowdockConfiguration.KEY);
        if (check.isUsable()) {
            return check.credential();
        }
        if (check.status() != CredentialCheck.Status.UNKNOWN) {
            throw FlowdockErrors.gone("The source of this flow_token has been removed");
        }
        throw FlowdockErrors.unauthorized("Invalid flow_token");
    }

    /** The source a token belongs to, or null for a plain push token. */
    IntegrationSource sourceOf(Credential token) {
        return sources.findFirstByCredential(token).orElse(null);
    }

    /** The token from the caller, or else from the body's {@code flow_token}; empty when neither is there. */
    Optional<Credential> fromRequest(Caller caller, FlowdockParams params) {
        Optional<Credential> fromQuery = fromCaller(caller);
        if (fromQuery.isPresent()) {
            return fromQuery;
        }
        return params.text("flow_token").map(this::resolve);
    }
}
