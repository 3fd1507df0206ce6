package dev.teamgate.domain.oauth;

import dev.teamgate.domain.credential.Credential;
import dev.teamgate.domain.credential.CredentialRepository;
import java.time.Clock;
import java.time.Instant;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Revokes the tokens issued from an authorization code that is presented again. It commits in its
 * own transaction: the replayed exchange itself fails (and rolls back), but the revocation must stand.
 */
@Service
@RequiredArgsConstructor
public class GrantRevocation {

    private final CredentialRepository credentials;
    private final Clock clock;

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public int revokeTokensIssuedFrom(long authorizationCodeId) {
        Instant now = clock.instant();
        int revoked = 0;
        for (Credential token : credentials.findByGrantCodeId(authorizationCodeId)) {
            if (token.getRevokedAt() == null) {
                token.setRevokedAt(now);
                revoked++;
            }
        }
        return revoked;
    }
}
