package dev.teamgate.domain.credential;

import dev.teamgate.domain.NotFoundException;
import dev.teamgate.domain.account.Account;
import dev.teamgate.domain.workspace.Workspace;
import java.time.Clock;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Issues, finds and revokes credentials. Secrets are only ever compared by digest. */
@Service
@RequiredArgsConstructor
public class CredentialService {

    private final CredentialRepository credentials;
    private final CredentialLookup lookup;
    private final Clock clock;

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

    /** The usable credential of that kind and vendor for the presented secret ({@link CredentialLookup}). */
    public Optional<Credential> findUsable(String presented, CredentialKind kind, String vendor) {
        CredentialCheck check = lookup.check(presented, kind, vendor);
        return check.isUsable() ? Optional.of(check.credential()) : Optional.empty();
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
