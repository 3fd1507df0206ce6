package dev.teamgate.admin;

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
            accounts.add(new AccountFixture(a.slug(), suffixed(a.externalId() == null ? a.slug() : a.externalId(), tag),
                    taggedEmail(a.email(), tag), a.name(), a.nick(), a.role(), a.status(),
                    a.password() != null || a.passwordHash() != null ? "pw-" + SecretHasher.randomSecret(16) : null, null,
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

    /** A new random secret that keeps the original's prefix up to its last '_' or '-', and its length class. */
    static String freshSecret(String original) {
        if (original == null) {
            return "tg_" + SecretHasher.randomSecret(32);
        }
        // The prefix ends at the last '_' or '-' within the first 16 characters: sk_live_teamgate_pro…
        // keeps sk_live_, which CommFlow needs to tell live from test keys.
        String head = original.substring(0, Math.min(16, original.length()));
        int cut = Math.max(head.lastIndexOf('_'), head.lastIndexOf('-'));
        String prefix = cut > 0 ? original.substring(0, cut + 1) : "";
        if (isUuid(original)) {
            return java.util.UUID.randomUUID().toString();
        }
        return prefix + SecretHasher.randomSecret(Math.max(24, original.length() - prefix.length()));
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
