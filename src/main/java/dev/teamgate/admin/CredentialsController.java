package dev.teamgate.admin;

import dev.teamgate.domain.fixture.CredentialFixture;
import dev.teamgate.domain.fixture.WorkspaceFixture;
import dev.teamgate.platform.seed.DemoCredentialExtras;
import dev.teamgate.platform.seed.SeedFixtures;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The seed's demo credentials in plain text. They come from the seed files, which are public
 * anyway; the database only ever holds digests.
 */
@RestController
@RequestMapping("/_admin/credentials")
@Tag(name = "Sandbox credentials")
class CredentialsController {

    private final SeedFixtures seed;
    private final List<DemoCredentialExtras> extras;

    CredentialsController(SeedFixtures seed, List<DemoCredentialExtras> extras) {
        this.seed = seed;
        this.extras = extras;
    }

    @GetMapping
    @Operation(summary = "Demo credentials of every seeded workspace, per vendor")
    Map<String, List<Map<String, Object>>> credentials(@RequestParam(required = false) String vendor) {
        Map<String, List<Map<String, Object>>> byVendor = new TreeMap<>();
        for (WorkspaceFixture ws : seed.document().workspaces()) {
            if (vendor != null && !vendor.equals(ws.vendor())) {
                continue;
            }
            List<Map<String, Object>> entries = byVendor.computeIfAbsent(ws.vendor(), k -> new ArrayList<>());
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
                entry.values().removeIf(java.util.Objects::isNull);
                extras.stream().filter(x -> x.vendor().equals(ws.vendor()))
                        .forEach(x -> entry.putAll(x.extras(ws, c)));
                entries.add(entry);
            }
            for (var account : ws.accounts()) {
                if (account.password() != null) {
                    Map<String, Object> entry = new LinkedHashMap<>();
                    entry.put("workspace", ws.slug());
                    entry.put("kind", "PASSWORD");
                    entry.put("account", account.slug());
                    entry.put("email", account.email());
                    entry.put("secret", account.password());
                    entry.values().removeIf(java.util.Objects::isNull);
                    entries.add(entry);
                }
            }
        }
        return byVendor;
    }
}
