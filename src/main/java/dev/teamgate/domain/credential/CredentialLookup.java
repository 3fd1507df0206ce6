package dev.teamgate.domain.credential;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place a presented secret is looked up, by its digest, for every vendor's authenticator:
 * one query that also fetches the credential's workspace, account and room.
 */
@Service
@RequiredArgsConstructor
public class CredentialLookup {

    private final CredentialRepository credentials;
    private final Clock clock;

    /**
     * Checks {@code presented} against the credentials of {@code kind} in {@code vendor}'s
     * workspaces. When fixtures reuse a demo secret several may match: the first usable one wins;
     * with none usable, the first match says whether it was revoked or has expired.
     */
    @Transactional(readOnly = true)
    public CredentialCheck check(String presented, CredentialKind kind, String vendor) {
        if (presented == null || presented.isEmpty()) {
            return CredentialCheck.UNKNOWN;
        }
        List<Credential> found = credentials.findBySecretHash(SecretHasher.sha256Hex(presented)).stream()
                .filter(c -> c.getKind() == kind && c.getWorkspace().getVendor().equals(vendor))
                .toList();
        if (found.isEmpty()) {
            return CredentialCheck.UNKNOWN;
        }
        Instant now = clock.instant();
        for (Credential candidate : found) {
            if (candidate.isUsableAt(now)) {
                return new CredentialCheck(CredentialCheck.Status.USABLE, candidate);
            }
        }
        Credential first = found.get(0);
        return new CredentialCheck(first.getRevokedAt() != null
                ? CredentialCheck.Status.REVOKED : CredentialCheck.Status.EXPIRED, first);
    }
}
