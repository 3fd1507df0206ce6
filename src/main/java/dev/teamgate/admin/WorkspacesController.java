package dev.teamgate.admin;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import dev.teamgate.domain.InvalidInputException;
import dev.teamgate.domain.NotFoundException;
import dev.teamgate.domain.credential.SecretHasher;
import dev.teamgate.domain.fixture.CredentialFixture;
import dev.teamgate.domain.fixture.FixtureDocument;
import dev.teamgate.domain.fixture.FixtureLoader;
import dev.teamgate.domain.fixture.WorkspaceDeleter;
import dev.teamgate.domain.fixture.WorkspaceFixture;
import dev.teamgate.domain.workspace.Workspace;
import dev.teamgate.domain.workspace.WorkspaceRepository;
import dev.teamgate.platform.reset.ResetService;
import dev.teamgate.platform.seed.DemoCredentialExtras;
import dev.teamgate.platform.seed.SeedFixtures;
import dev.teamgate.platform.seed.WorkspaceCopyHook;
import dev.teamgate.platform.vendor.VendorRegistry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Isolation for tests that run in parallel: each creates its own workspace with fresh credentials
 * in one call, and resets (POST /_admin/reset?workspace=vendor/slug) or deletes only that one.
 */
@RestController
@RequestMapping("/_admin/workspaces")
@Tag(name = "Workspaces")
class WorkspacesController {

    private final VendorRegistry vendors;
    private final SeedFixtures seed;
    private final FixtureLoader loader;
    private final ResetService reset;
    private final WorkspaceRepository workspaces;
    private final WorkspaceDeleter deleter;
    private final List<WorkspaceCopyHook> copyHooks;
    private final List<DemoCredentialExtras> extras;

    WorkspacesController(VendorRegistry vendors, SeedFixtures seed, FixtureLoader loader, ResetService reset,
                         WorkspaceRepository workspaces, WorkspaceDeleter deleter, List<WorkspaceCopyHook> copyHooks,
                         List<DemoCredentialExtras> extras) {
        this.vendors = vendors;
        this.seed = seed;
        this.loader = loader;
        this.reset = reset;
        this.workspaces = workspaces;
        this.deleter = deleter;
        this.copyHooks = copyHooks;
        this.extras = extras;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    @Operation(summary = "Create a workspace of its own for one test",
            description = "Without `fixture`: a copy of the vendor's first seeded workspace with a new slug, unique "
                    + "account ids and emails, and fresh secrets for every credential and password. With `fixture`: "
                    + "that workspace entry (its `vendor` and `slug` are set from the request). The answer lists the "
                    + "plain secrets, shown this once, with what the vendor adds to each as in GET /_admin/credentials "
                    + "(Teamfluence's `profileId`, talk-to-me's `companyId` and `todayKey`).")
    CreatedWorkspace create(@RequestBody CreateWorkspace request) {
        if (request.vendor() == null || vendors.byKey(request.vendor()).isEmpty()) {
            throw new InvalidInputException("vendor", "vendor must be one of " + vendors.all().stream()
                    .map(v -> v.key()).toList());
        }
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
            for (WorkspaceCopyHook hook : copyHooks) {
                if (hook.vendor().equals(fixture.vendor())) {
                    fixture = hook.adjust(fixture, tag);
                }
            }
        }
        if (workspaces.findByVendorAndSlug(fixture.vendor(), fixture.slug()).isPresent()) {
            throw new dev.teamgate.domain.ConflictException("workspace " + fixture.vendor() + "/" + fixture.slug() + " exists");
        }
        Workspace created = loader.load(new FixtureDocument(List.of(fixture))).get(0);
        reset.remember(fixture);
        WorkspaceFixture made = fixture;
        return new CreatedWorkspace(created.getVendor() + "/" + created.getSlug(), created.getExternalId(),
                fixture.credentials().stream().filter(c -> c.secret() != null || c.sharedSecret() != null)
                        .map(c -> CreatedWorkspace.Secret.of(c, extrasOf(made, c))).toList(),
                fixture.accounts().stream().filter(a -> a.password() != null)
                        .map(a -> new CreatedWorkspace.Login(a.slug(), a.email(), a.password())).toList());
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

    /** What the vendor adds to a credential (profile id, today's key), as GET /_admin/credentials shows it. */
    private Map<String, Object> extrasOf(WorkspaceFixture workspace, CredentialFixture credential) {
        Map<String, Object> added = new LinkedHashMap<>();
        extras.stream().filter(x -> x.vendor().equals(workspace.vendor()))
                .forEach(x -> added.putAll(x.extras(workspace, credential)));
        return added;
    }

    record CreateWorkspace(String vendor, String slug, WorkspaceFixture fixture) {
    }

    record CreatedWorkspace(String workspace, String externalId, List<Secret> credentials, List<Login> logins) {

        record Secret(String kind, String account, String room, String label, String secret, List<String> scopes,
                      String binding, @JsonAnyGetter @Schema(hidden = true) Map<String, Object> extras) {
            static Secret of(CredentialFixture c, Map<String, Object> extras) {
                return new Secret(c.kind(), c.account(), c.room(), c.label(),
                        c.secret() != null ? c.secret() : c.sharedSecret(), c.scopes(), c.binding(), extras);
            }
        }

        record Login(String account, String email, String password) {
        }
    }
}
