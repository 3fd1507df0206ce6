package dev.teamgate.platform.reset;

import dev.teamgate.domain.fixture.WorkspaceFixture;
import dev.teamgate.domain.fixture.WorkspaceRowCopier;
import dev.teamgate.domain.fixture.WorkspaceRows;
import dev.teamgate.domain.workspace.WorkspaceRepository;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What a reset restores, kept in memory: the rows of the seed's workspaces as they stood right
 * after the seed was first loaded by this process, and for each workspace created at run time
 * its fixture and its rows right after creation. An instance that found the database already
 * seeded (a file-backed sandbox, a second instance on PostgreSQL) has no seed rows until its
 * first full reset loads the seed from the fixtures.
 */
@Component
@RequiredArgsConstructor
class SeedRows {

    private static final Logger log = LoggerFactory.getLogger(SeedRows.class);

    private final WorkspaceRowCopier copier;
    private volatile List<WorkspaceRows> seed;
    private final Map<String, Created> created = new ConcurrentHashMap<>();

    private record Created(WorkspaceFixture fixture, WorkspaceRows rows) {
    }

    /** The seed's rows, or null while they were never copied. */
    List<WorkspaceRows> seed() {
        return seed;
    }

    /**
     * Copies the just-loaded seed (the only workspaces in the database). The copy is kept only if
     * it accounts for every row of every owned table; otherwise resets keep loading fixtures.
     */
    void remember(List<Long> seededIds) {
        if (!copier.usable()) {
            log.warn("A table reaches workspaces only through a nullable key; resets load the seed from its fixtures");
            return;
        }
        List<WorkspaceRows> copies = new ArrayList<>();
        for (Long id : seededIds) {
            copies.add(copier.copy(id));
        }
        Map<String, Long> counted = copier.countAll();
        for (Map.Entry<String, Long> table : counted.entrySet()) {
            long copied = copies.stream().mapToLong(c -> c.rows().getOrDefault(table.getKey(), List.of()).size()).sum();
            if (copied != table.getValue()) {
                log.warn("Seed copy of table {} has {} of {} rows; resets load the seed from its fixtures",
                        table.getKey(), copied, table.getValue());
                return;
            }
        }
        seed = List.copyOf(copies);
    }

    /** The rows a one-workspace reset restores: the seed's, else those it was created with. */
    WorkspaceRows rowsOf(String vendor, String slug) {
        List<WorkspaceRows> rows = seed;
        if (rows != null) {
            for (WorkspaceRows ws : rows) {
                if (vendor.equals(ws.vendor()) && slug.equals(ws.slug())) {
                    return ws;
                }
            }
        }
        Created c = created.get(key(vendor, slug));
        return c == null ? null : c.rows();
    }

    WorkspaceFixture createdFixture(String vendor, String slug) {
        Created c = created.get(key(vendor, slug));
        return c == null ? null : c.fixture();
    }

    void rememberCreated(WorkspaceFixture fixture, long workspaceId) {
        WorkspaceRows rows = copier.usable() ? copier.copy(workspaceId) : null;
        created.put(key(fixture.vendor(), fixture.slug()), new Created(fixture, rows));
    }

    void forgetCreated(String vendor, String slug) {
        created.remove(key(vendor, slug));
    }

    /** Ids of the run-time workspaces that still exist and are not seed workspaces, by vendor/slug. */
    Map<String, Long> createdIds(WorkspaceRepository workspaces) {
        Map<String, Long> ids = new HashMap<>();
        for (Map.Entry<String, Created> entry : created.entrySet()) {
            WorkspaceFixture f = entry.getValue().fixture();
            if (isSeed(f.vendor(), f.slug())) {
                continue;
            }
            workspaces.findByVendorAndSlug(f.vendor(), f.slug()).ifPresent(ws -> ids.put(entry.getKey(), ws.getId()));
        }
        return ids;
    }

    /** Forgets every run-time workspace but those kept. */
    void keepCreatedOnly(Set<String> kept) {
        created.keySet().retainAll(kept);
    }

    private boolean isSeed(String vendor, String slug) {
        List<WorkspaceRows> rows = seed;
        return rows != null && rows.stream().anyMatch(ws -> vendor.equals(ws.vendor()) && slug.equals(ws.slug()));
    }

    private static String key(String vendor, String slug) {
        return vendor + "/" + slug;
    }
}
