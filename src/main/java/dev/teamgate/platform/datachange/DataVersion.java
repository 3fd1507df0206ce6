package dev.teamgate.platform.datachange;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * Numbers that move on every database write this process makes: when a statement that is not a
 * SELECT runs, and again when its transaction ends. An answer computed while a number stood still
 * was computed from data nobody changed, which is what makes the caches of the gateway safe.
 *
 * <p>There is one number for the whole database ({@link #current()}, used by the GET response
 * cache) and one per table ({@link #ofTable(String)}), so that something computed from a few tables
 * (who a credential belongs to) survives writes to others (new messages). A write whose table
 * cannot be read from its SQL moves the {@link #epoch()}, which stands for every table.
 */
@Component
public class DataVersion {

    private final AtomicLong value = new AtomicLong();
    private final AtomicLong epoch = new AtomicLong();
    private final ConcurrentHashMap<String, AtomicLong> tables = new ConcurrentHashMap<>();
    private volatile boolean watched;

    public long current() {
        return value.get();
    }

    /** A write to an unknown table: every table counts as changed. */
    public void bump() {
        epoch.incrementAndGet();
        value.incrementAndGet();
    }

    /** A write to {@code table} (lower case, unqualified). */
    public void bump(String table) {
        tables.computeIfAbsent(table, t -> new AtomicLong()).incrementAndGet();
        value.incrementAndGet();
    }

    public long epoch() {
        return epoch.get();
    }

    /** The version of one table; 0 until its first write. */
    public long ofTable(String table) {
        AtomicLong version = tables.get(table);
        return version == null ? 0 : version.get();
    }

    /**
     * True once a watcher reports this process's writes. Without one the numbers never move, and
     * nothing may be kept on the strength of them.
     */
    public boolean isWatched() {
        return watched;
    }

    void markWatched() {
        watched = true;
    }
}
