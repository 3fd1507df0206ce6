package dev.teamgate.admin;

import dev.teamgate.domain.fixture.AccountFixture;
import dev.teamgate.domain.fixture.CredentialFixture;
import dev.teamgate.domain.fixture.WorkspaceFixture;
import dev.teamgate.platform.seed.DemoCredentialExtras;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * The plain credentials of a workspace fixture as the control plane shows them, with what each
 * vendor adds ({@link DemoCredentialExtras}: Teamfluence's profile id and posts URL, talk-to-me's
 * key for today). One builder for {@code GET /_admin/credentials} and the answer of
 * {@code POST /_admin/workspaces}, so a copied workspace tells a test as much as the seed does.
 */
@Component
@RequiredArgsConstructor
class DemoCredentialEntries {

    private final List<DemoCredentialExtras> extras;

    /** One entry per credential with a plain secret, then one per account with a password. */
    List<Map<String, Object>> of(WorkspaceFixture ws) {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (CredentialFixture c : ws.credentials()) {
            if (c.secret() == null && c.sharedSecret() == null) {
                continue;
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("workspace", ws.slug());
            entry.put("workspaceId", ws.externalId() == null ? ws.slug() : ws.externalId());
            entry.put("kind", c.kind());
            entry.put("account", c.account());
            entry.put("room", c.room());
            entry.put("label", c.label());
            entry.put("secret", c.secret() != null ? c.secret() : c.sharedSecret());
            entry.put("scopes", c.scopes() == null ? List.of() : c.scopes());
            entry.put("binding", c.binding());
            entry.values().removeIf(Objects::isNull);
            extras.stream().filter(x -> x.vendor().equals(ws.vendor()))
                    .forEach(x -> entry.putAll(x.extras(ws, c)));
            entries.add(entry);
        }
        for (AccountFixture account : ws.accounts()) {
            if (account.password() != null) {
                entries.add(login(ws, account));
            }
        }
        return entries;
    }

    private static Map<String, Object> login(WorkspaceFixture ws, AccountFixture account) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("workspace", ws.slug());
        entry.put("kind", "PASSWORD");
        entry.put("account", account.slug());
        entry.put("email", account.email());
        entry.put("secret", account.password());
        entry.values().removeIf(Objects::isNull);
        return entry;
    }
}
