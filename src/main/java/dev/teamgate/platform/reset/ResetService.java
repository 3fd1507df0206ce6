package dev.teamgate.platform.reset;

import dev.teamgate.domain.NotFoundException;
import dev.teamgate.domain.fixture.FixtureDocument;
import dev.teamgate.domain.fixture.FixtureLoader;
import dev.teamgate.domain.fixture.WorkspaceDeleter;
import dev.teamgate.domain.fixture.WorkspaceFixture;
import dev.teamgate.domain.fixture.WorkspaceRowCopier;
import dev.teamgate.domain.fixture.WorkspaceRows;
import dev.teamgate.domain.workspace.Workspace;
import dev.teamgate.domain.workspace.WorkspaceRepository;
import dev.teamgate.platform.clock.TeamgateClock;
import dev.teamgate.platform.journal.RequestJournal;
import dev.teamgate.platform.ratelimit.RateLimiter;
import dev.teamgate.platform.seed.SeedFixtures;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one reset path (DESIGN.md rule 5), used by {@code POST /_admin/reset}, by start-up and by
 * the tests: empty the database, restore the seed, return the clock to real time, refill every
 * rate-limit bucket, clear the journal and tell each {@link ResetListener} (fault rules, streams,
 * webhook deliveries, vendors' in-memory state).
 *
 * <p>The seed is loaded from its fixtures once; its rows are then copied ({@link SeedRows}) and
 * every later reset writes those rows back with set-based SQL in one transaction, which takes
 * milliseconds. A workspace created at run time is copied the same way right after it is made.
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
    private final TeamgateClock clock;
    private final WorkspaceRowCopier copier;
    private final SeedRows seedRows;
    private final TransactionTemplate tx;
    /** One reset at a time, whoever calls (control plane, start-up, tests). */
    private final ReentrantLock resetting = new ReentrantLock();

    public ResetService(WorkspaceDeleter deleter, FixtureLoader loader, SeedFixtures seed,
                        WorkspaceRepository workspaces, RateLimiter rateLimiter, RequestJournal journal,
                        List<ResetListener> listeners, TeamgateClock clock, WorkspaceRowCopier copier,
                        SeedRows seedRows, PlatformTransactionManager transactions) {
        this.deleter = deleter;
        this.loader = loader;
        this.seed = seed;
        this.workspaces = workspaces;
        this.rateLimiter = rateLimiter;
        this.journal = journal;
        this.listeners = listeners;
        this.clock = clock;
        this.copier = copier;
        this.seedRows = seedRows;
        this.tx = new TransactionTemplate(transactions);
    }

    /** Back to the seed, everything: the state of a fresh start. */
    public void resetAll() {
        resetAll(false);
    }

    /**
     * Back to the seed. With {@code keepCreated}, workspaces made by {@code POST /_admin/workspaces}
     * stay as they are (tests running in parallel keep theirs); everything else is reset. The rows
     * are replaced in one transaction (with H2's referential checks suspended around it, see
     * {@link WorkspaceRowCopier#withoutReferentialChecks}); in-memory state is cleared after it commits.
     */
    public void resetAll(boolean keepCreated) {
        resetting.lock();
        try {
            Map<String, Long> kept = keepCreated ? seedRows.createdIds(workspaces) : Map.of();
            List<WorkspaceRows> rows = seedRows.seed();
            if (rows != null) {
                copier.withoutReferentialChecks(() -> tx.executeWithoutResult(status -> {
                    copier.deleteAllExcept(kept.values());
                    copier.write(rows);
                }));
            } else {
                tx.executeWithoutResult(status -> {
                    deleter.deleteAllExcept(kept.values());
                    List<Workspace> loaded = loader.load(seed.document());
                    if (kept.isEmpty()) {
                        seedRows.remember(loaded.stream().map(Workspace::getId).toList());
                    }
                });
            }
            seedRows.keepCreatedOnly(kept.keySet());
            clock.reset();
            rateLimiter.reset();
            journal.clear();
            listeners.forEach(ResetListener::afterReset);
        } finally {
            resetting.unlock();
        }
    }

    /**
     * Back to the seed for one workspace only; other workspaces, the journal, the clock and the
     * buckets are left alone. A workspace created at run time goes back to the state it was
     * created in; any other workspace that is not in the seed is removed. Referential checks stay
     * on here: other tests' requests keep running meanwhile and rely on their cascades.
     */
    public void resetWorkspace(String vendor, String slug) {
        resetting.lock();
        try {
            tx.executeWithoutResult(status -> restore(vendor, slug));
        } finally {
            resetting.unlock();
        }
    }

    private void restore(String vendor, String slug) {
        Long existing = copier.workspaceId(vendor, slug);
        WorkspaceRows rows = seedRows.rowsOf(vendor, slug);
        if (rows != null) {
            if (existing != null) {
                copier.deleteWorkspace(existing);
            }
            copier.write(List.of(rows));
            return;
        }
        WorkspaceFixture fixture = seed.workspace(vendor, slug).orElse(seedRows.createdFixture(vendor, slug));
        if (existing == null && fixture == null) {
            throw new NotFoundException("workspace", vendor + "/" + slug);
        }
        if (existing != null) {
            deleter.delete(existing);
        }
        if (fixture != null) {
            loader.load(new FixtureDocument(List.of(fixture)));
        }
    }

    /** Keeps the state a run-time workspace was created in (just loaded, same transaction), for its reset. */
    public void remember(WorkspaceFixture fixture, long workspaceId) {
        seedRows.rememberCreated(fixture, workspaceId);
    }

    public void forget(String vendor, String slug) {
        seedRows.forgetCreated(vendor, slug);
    }
}
