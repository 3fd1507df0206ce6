package dev.teamgate.admin;

import dev.teamgate.domain.credential.PasswordHasher;
import dev.teamgate.domain.credential.SecretHasher;
import dev.teamgate.domain.fixture.AccountFixture;
import dev.teamgate.domain.fixture.CredentialFixture;
import dev.teamgate.domain.fixture.WorkspaceFixture;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes a fresh, isolated copy of a workspace fixture for one test: a new slug and external id,
 * account ids and emails made unique, and every secret (keys, tokens, webhook URLs, shared
 * secrets, passwords) replaced by a new random one that keeps the original's prefix
 * ({@code sk_test_…} stays {@code sk_test_…}).
 */
final class WorkspaceCloner {

    private WorkspaceCloner() {
    }

    static WorkspaceFixture clone(WorkspaceFixture template, String slug, String tag) {
        List<AccountFixture> accounts = new ArrayList<>();
        for (AccountFixture a : template.accounts()) {
            String password = a.password() != null || a.passwordHash() != null ? "pw-" + SecretHasher.randomSecret(16) : null;
            // The hash travels with the plain password (shown once in the answer): minted, so hashed cheaply.
            accounts.add(new AccountFixture(a.slug(), suffixed(a.externalId() == null ? a.slug() : a.externalId(), tag),
                    taggedEmail(a.email(), tag), a.name(), a.nick(), a.role(), a.status(),
                    password, password == null ? null : PasswordHasher.hashMinted(password),
                    a.avatarUrl(), a.phone(), a.mobile(), a.position(), a.awayFrom(), a.awayUntil(), a.substitution(),
                    a.doNotDisturb(), a.onlineState(), a.createdAt()));
        }
        List<CredentialFixture> credentials = new ArrayList<>();
        for (CredentialFixture c : template.credentials()) {
            String original = c.secret() != null ? c.secret() : c.sharedSecret();
            String fresh = freshSecret(original);
            credentials.add(new CredentialFixture(c.kind(), c.account(), c.room(), c.label(),
                    c.secret() != null || c.secretHash() != null ? fresh : null, null, null,
                    c.sharedSecret() != null ? fresh : null, c.scopes(), c.binding(), c.expiresAt(), c.revokedAt(),
                    c.createdAt()));
        }
        String externalId = template.externalId() == null ? slug : suffixed(template.externalId(), tag);
        return new WorkspaceFixture(template.vendor(), slug, externalId, template.name() + " (" + tag + ")",
                template.plan(), template.apiAccess(), template.billingLimited(), template.createdAt(),
                template.settings(), accounts, credentials, template.rooms(), template.contacts(), template.tickets(),
                template.sections());
    }

    /**
     * A new random secret that keeps the original's prefix, and its length class. The prefix runs
     * up to the last '_' or '-' within the first {@value #MAX_PREFIX} characters, so vendors' own
     * key prefixes survive however long the rest is: {@code sk_live_teamgate_professional} gives
     * {@code sk_live_…}, {@code tfk_growth_steven_owner_key} gives {@code tfk_growth_…}. (Cutting
     * at the last separator of the whole secret lost {@code sk_live_} from long keys, and
     * CommFlow refuses a key without it.)
     */
    static String freshSecret(String original) {
        if (original == null) {
            return "tg_" + SecretHasher.randomSecret(32);
        }
        if (isUuid(original)) {
            return java.util.UUID.randomUUID().toString();
        }
        String prefix = original.substring(0, prefixEnd(original));
        return prefix + SecretHasher.randomSecret(Math.max(24, original.length() - prefix.length()));
    }

    static final int MAX_PREFIX = 16;

    private static int prefixEnd(String secret) {
        int end = 0;
        for (int i = 1; i < Math.min(secret.length() - 1, MAX_PREFIX); i++) {
            char c = secret.charAt(i);
            if (c == '_' || c == '-') {
                end = i + 1;
            }
        }
        return end;
    }

    private static boolean isUuid(String value) {
        return value.matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    }

    private static String suffixed(String id, String tag) {
        return id + "-" + tag;
    }

    private static String taggedEmail(String email, String tag) {
        if (email == null || !email.contains("@")) {
            return email;
        }
        int at = email.indexOf('@');
        return email.substring(0, at) + "+" + tag + email.substring(at);
    }
}
