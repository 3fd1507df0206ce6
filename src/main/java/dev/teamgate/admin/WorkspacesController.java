package dev.teamgate.admin;

import dev.teamgate.domain.InvalidInputException;
import dev.teamgate.domain.NotFoundException;
import dev.teamgate.domain.credential.SecretHasher;
import dev.teamgate.domain.fixture.FixtureDocument;
import dev.teamgate.domain.fixture.FixtureLoader;
import dev.teamgate.domain.fixture.WorkspaceDeleter;
import dev.teamgate.domain.fixture.WorkspaceFixture;
import dev.teamgate.domain.fixture.WorkspaceRowCopier;
import dev.teamgate.domain.workspace.Workspace;
import dev.teamgate.domain.workspace.WorkspaceRepository;
import dev.teamgate.platform.reset.ResetService;
import dev.teamgate.platform.seed.SeedFixtures;
import dev.teamgate.platform.vendor.VendorRegistry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Isolation for tests that run in parallel: each creates its own workspace with fresh credentials
 * in one call, and resets (POST /_admin/reset?workspace=vendor/slug) or deletes only that one.
 */
@RestController
@RequestMapping("/_admin/workspaces")
@Tag(name = "Workspaces")
@RequiredArgsConstructor
class WorkspacesController {

    private final VendorRegistry vendors;
    private final SeedFixtures seed;
    private final FixtureLoader loader;
    private final ResetService reset;
    private final WorkspaceRepository workspaces;
    private final WorkspaceDeleter deleter;
    private final DemoCredentialEntries entries;
    private final ControlPlaneValues values;
    private final WorkspaceRowCopier rows;

    @GetMapping
    @Operation(summary = "Every workspace in the database, per vendor (`vendor` filters; 400 for an unknown one)")
    List<WorkspaceSummary> list(@RequestParam(required = false) String vendor) {
        String wanted = values.vendor(vendor);
        return workspaces.findAllByOrderById().stream()
                .filter(w -> wanted == null || wanted.equals(w.getVendor()))
                .map(w -> new WorkspaceSummary(w.getVendor() + "/" + w.getSlug(), w.getVendor(), w.getSlug(),
                        w.getExternalId(), w.getName()))
                .toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    @Operation(summary = "Create a workspace of its own for one test",
            description = "Without `fixture`: a copy of the vendor's first seeded workspace with a new slug, unique "
                    + "account ids and emails, and fresh secrets for every credential and password. With `fixture`: "
                    + "that workspace entry (its `vendor` and `slug` are set from the request). The answer lists the "
                    + "plain secrets, shown this once, with what `GET /_admin/credentials` adds to them (Teamfluence "
                    + "`profileId` and `postsUrl`, talk-to-me `todayKey`), the vendor's `baseUrl`, and the `tag`: "
                    + "a copy's slug, external id and account ids are the seed's with `-<tag>` appended, its emails "
                    + "get `+<tag>` before the `@`.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
            mediaType = "application/json", examples = @ExampleObject(
                    name = "A copy of the Flowdock seed", value = "{\"vendor\": \"flowdock\"}")))
    CreatedWorkspace create(@RequestBody CreateWorkspace request) {
        if (request.vendor() == null) {
            throw new InvalidInputException("vendor", "vendor must be one of " + vendors.all().stream()
                    .map(v -> v.key()).toList());
        }
        values.vendor(request.vendor());
        String tag = SecretHasher.randomSecret(8).toLowerCase(Locale.ROOT);
        WorkspaceFixture fixture;
        if (request.fixture() != null) {
            WorkspaceFixture f = request.fixture();
            String slug = request.slug() != null ? request.slug() : (f.slug() != null ? f.slug() : "ws-" + tag);
            fixture = new WorkspaceFixture(request.vendor(), slug, f.externalId(), f.name() == null ? slug : f.name(),
                    f.plan(), f.apiAccess(), f.billingLimited(), f.createdAt(), f.settings(), f.accounts(),
                    f.credentials(), f.rooms(), f.contacts(), f.tickets(), f.sections());
        } else {
            WorkspaceFixture template = seed.document().workspaces().stream()
                    .filter(w -> request.vendor().equals(w.vendor())).findFirst()
                    .orElseThrow(() -> new InvalidInputException("fixture",
                            "vendor " + request.vendor() + " has no seeded workspace to copy; send a fixture"));
            String slug = request.slug() != null ? request.slug() : template.slug() + "-" + tag;
            fixture = WorkspaceCloner.clone(template, slug, tag);
            fixture = vendors.byKey(fixture.vendor()).orElseThrow().workspaceCopyHook().adjust(fixture, tag);
        }
        fixture = isolated(fixture);
        if (rows.workspaceId(fixture.vendor(), fixture.slug()) != null) {
            throw new dev.teamgate.domain.ConflictException("workspace " + fixture.vendor() + "/" + fixture.slug() + " exists");
        }
        Workspace created = loader.load(new FixtureDocument(List.of(fixture))).get(0);
        reset.remember(fixture, created.getId());
        String baseUrl = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString()
                + vendors.byKey(fixture.vendor()).orElseThrow().baseUrlPath();
        return new CreatedWorkspace(created.getVendor() + "/" + created.getSlug(), created.getExternalId(), tag,
                baseUrl, entries.of(fixture).stream().filter(e -> !"PASSWORD".equals(e.get("kind"))).toList(),
                fixture.accounts().stream().filter(a -> a.password() != null)
                        .map(a -> new CreatedWorkspace.Login(a.slug(), a.email(), a.password())).toList());
    }

    /** A per-test workspace never shares users with another workspace (see Workspace.ISOLATED_SETTING). */
    private static WorkspaceFixture isolated(WorkspaceFixture f) {
        java.util.Map<String, String> settings = new java.util.TreeMap<>(f.settings() == null ? java.util.Map.of() : f.settings());
        settings.put(dev.teamgate.domain.workspace.Workspace.ISOLATED_SETTING, "true");
        return new WorkspaceFixture(f.vendor(), f.slug(), f.externalId(), f.name(), f.plan(), f.apiAccess(),
                f.billingLimited(), f.createdAt(), settings, f.accounts(), f.credentials(), f.rooms(), f.contacts(),
                f.tickets(), f.sections());
    }

    @DeleteMapping("/{vendor}/{slug}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Transactional
    @Operation(summary = "Delete one workspace and everything in it")
    void delete(@PathVariable String vendor, @PathVariable String slug) {
        Workspace ws = workspaces.findByVendorAndSlug(vendor, slug)
                .orElseThrow(() -> new NotFoundException("workspace", vendor + "/" + slug));
        deleter.delete(ws.getId());
        reset.forget(vendor, slug);
    }

    record CreateWorkspace(String vendor, String slug, WorkspaceFixture fixture) {
    }

    record WorkspaceSummary(String workspace, String vendor, String slug, String externalId, String name) {
    }

    /**
     * @param tag         what made the copy's ids unique: slug, external id and account ids end in {@code -<tag>}
     * @param credentials as in {@code GET /_admin/credentials}: secret, kind, label, account, scopes, and the
     *                    vendor's extras
     */
    record CreatedWorkspace(String workspace, String externalId, String tag, String baseUrl,
                            List<Map<String, Object>> credentials, List<Login> logins) {

        record Login(String account, String email, String password) {
        }
    }
}
