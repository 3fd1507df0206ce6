package dev.teamgate.platform.reset;

import dev.teamgate.domain.NotFoundException;
import dev.teamgate.domain.fixture.FixtureDocument;
import dev.teamgate.domain.fixture.FixtureLoader;
import dev.teamgate.domain.fixture.WorkspaceDeleter;
import dev.teamgate.domain.fixture.WorkspaceFixture;
import dev.teamgate.domain.workspace.Workspace;
import dev.teamgate.domain.workspace.WorkspaceRepository;
import dev.teamgate.platform.journal.RequestJournal;
import dev.teamgate.platform.ratelimit.RateLimiter;
import dev.teamgate.platform.seed.SeedFixtures;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one reset path (DESIGN.md rule 5), used by {@code POST /_admin/reset}, by start-up and by
 * the tests: empty the database, reload the seed, refill every rate-limit bucket, clear the
 * journal and tell each {@link ResetListener}.
 */
@Service
public class ResetService {

    private final WorkspaceDeleter deleter;
    private final FixtureLoader loader;
    private final SeedFixtures seed;
    private final WorkspaceRepository workspaces;
    private final RateLimiter rateLimiter;
    private final RequestJournal journal;
    private final List<ResetListener> listeners;
    /** Workspaces created at run time (POST /_admin/workspaces), by vendor/slug: what their reset restores. */
    private final Map<String, WorkspaceFixture> created = new ConcurrentHashMap<>();

    public ResetService(WorkspaceDeleter deleter, FixtureLoader loader, SeedFixtures seed,
                        WorkspaceRepository workspaces, RateLimiter rateLimiter, RequestJournal journal,
                        List<ResetListener> listeners) {
        this.deleter = deleter;
        this.loader = loader;
        this.seed = seed;
        this.workspaces = workspaces;
        this.rateLimiter = rateLimiter;
        this.journal = journal;
        this.listeners = listeners;
    }

    /** Back to the seed, everything. */
    @Transactional
    public void resetAll() {
        deleter.deleteAll();
        created.clear();
        loader.load(seed.document());
        rateLimiter.reset();
        journal.clear();
        listeners.forEach(ResetListener::afterReset);
    }

    /**
     * Back to the seed for one workspace only; other workspaces, the journal and the buckets are
     * left alone. A workspace created at run time goes back to the fixture it was created from; any
     * other workspace that is not in the seed is removed.
     */
    @Transactional
    public void resetWorkspace(String vendor, String slug) {
        Workspace existing = workspaces.findByVendorAndSlug(vendor, slug).orElse(null);
        WorkspaceFixture seeded = seed.workspace(vendor, slug).orElse(created.get(vendor + "/" + slug));
        if (existing == null && seeded == null) {
            throw new NotFoundException("workspace", vendor + "/" + slug);
        }
        if (existing != null) {
            deleter.delete(existing.getId());
        }
        if (seeded != null) {
            loader.load(new FixtureDocument(List.of(seeded)));
        }
    }

    /** Keeps the fixture a run-time workspace was created from, so resetting it restores that. */
    public void remember(WorkspaceFixture fixture) {
        created.put(fixture.vendor() + "/" + fixture.slug(), fixture);
    }

    public void forget(String vendor, String slug) {
        created.remove(vendor + "/" + slug);
    }
}
