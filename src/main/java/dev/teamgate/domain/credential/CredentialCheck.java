package dev.teamgate.domain.credential;

/**
 * What a presented secret is worth, decided once for every vendor: nobody has it, it was revoked,
 * it has expired, or it may be used. Each vendor words the refusals in its own way.
 *
 * @param credential the usable credential, or for a revoked or expired secret the one it named;
 *                   null when the secret is unknown
 */
public record CredentialCheck(Status status, Credential credential) {

    public enum Status { UNKNOWN, REVOKED, EXPIRED, USABLE }

    static final CredentialCheck UNKNOWN = new CredentialCheck(Status.UNKNOWN, null);

    public boolean isUsable() {
        return status == Status.USABLE;
    }
}
