package dev.teamgate.admin;

import dev.teamgate.domain.fixture.WorkspaceFixture;
import dev.teamgate.platform.seed.SeedFixtures;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import lombok.RequiredArgsConstructor;
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
@RequiredArgsConstructor
class CredentialsController {

    private final SeedFixtures seed;
    private final DemoCredentialEntries entries;
    private final ControlPlaneValues values;

    @GetMapping
    @Operation(summary = "Demo credentials of every seeded workspace, per vendor",
            description = "`vendor` must be a vendor key (400 with the accepted keys otherwise).")
    Map<String, List<Map<String, Object>>> credentials(@RequestParam(required = false) String vendor) {
        String wanted = vendor == null ? null : values.vendor(vendor);
        Map<String, List<Map<String, Object>>> byVendor = new TreeMap<>();
        for (WorkspaceFixture ws : seed.document().workspaces()) {
            if (wanted == null || wanted.equals(ws.vendor())) {
                byVendor.computeIfAbsent(ws.vendor(), k -> new ArrayList<>()).addAll(entries.of(ws));
            }
        }
        return byVendor;
    }
}
