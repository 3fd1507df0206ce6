package dev.teamgate.domain.credential;

import dev.teamgate.domain.NotFoundException;
import dev.teamgate.domain.account.Account;
import dev.teamgate.domain.workspace.Workspace;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Issues, finds and revokes credentials. Secrets are only ever compared by digest. */
@Service
public class CredentialService {

    private final CredentialRepository credentials;
    private final Clock clock;

    public CredentialService(CredentialRepository credentials, Clock clock) {
        this.credentials = credentials;
        this.clock = clock;
    }

    /** Stores a credential for a secret the caller chose (fixtures) or generated. */
    @Transactional
    public Credential register(Workspace workspace, CredentialKind kind, Account account, String secret) {
        Credential credential = new Credential(workspace, kind, SecretHasher.sha256Hex(secret),
                SecretHasher.displayPrefix(secret), clock.instant());
        credential.setAccount(account);
        return credentials.save(credential);
    }

    /** Generates a secret as {@code prefix + random} and stores only its digest. */
    @Transactional
    public IssuedCredential issue(Workspace workspace, CredentialKind kind, Account account, String prefix) {
        String secret = prefix + SecretHasher.randomSecret(32);
        return new IssuedCredential(register(workspace, kind, account, secret), secret);
    }

    /**
     * The usable credentials (not revoked, not expired) of the given kind whose secret is
     * {@code presented}. More than one is possible only when fixtures reuse a demo secret.
     */
    @Transactional(readOnly = true)
    public List<Credential> findUsable(String presented, CredentialKind kind) {
        if (presented == null || presented.isEmpty()) {
            return List.of();
        }
        return credentials.findBySecretHash(SecretHasher.sha256Hex(presented)).stream()
                .filter(c -> c.getKind() == kind && c.isUsableAt(clock))
                .toList();
    }

    /** The first usable credential of that kind and vendor for the presented secret. */
    @Transactional(readOnly = true)
    public Optional<Credential> findUsable(String presented, CredentialKind kind, String vendor) {
        return findUsable(presented, kind).stream()
                .filter(c -> c.getWorkspace().getVendor().equals(vendor))
                .findFirst();
    }

    @Transactional
    public void revoke(Long credentialId) {
        Credential credential = credentials.findById(credentialId)
                .orElseThrow(() -> new NotFoundException("credential", credentialId));
        if (credential.getRevokedAt() == null) {
            credential.setRevokedAt(clock.instant());
        }
    }
}
