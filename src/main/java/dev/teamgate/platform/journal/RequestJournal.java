package dev.teamgate.platform.journal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A bounded in-memory ring of the latest requests: each new entry pushes out the oldest while the
 * ring holds more than {@code teamgate.journal.capacity} entries or more than
 * {@code teamgate.journal.max-bytes} of text ({@link #footprint}). Without the byte budget, 10,000
 * entries of two 16 KiB bodies each could hold up to 640 MiB; with it, memory stays at the budget
 * whatever the traffic, and small requests still get every one of their 10,000 slots. The newest
 * entry is always kept, even when it alone exceeds the budget.
 */
@Component
public class RequestJournal {

    /** What an entry costs beside its text: the record, its strings' headers, the ring's slot. */
    static final long ENTRY_OVERHEAD = 256;

    private final int capacity;
    private final long maxBytes;
    private final Deque<JournalEntry> entries;
    private final AtomicLong ids = new AtomicLong();
    private long bytes;

    @Autowired
    public RequestJournal(@Value("${teamgate.journal.capacity:10000}") int capacity,
                          @Value("${teamgate.journal.max-bytes:67108864}") long maxBytes) {
        if (capacity < 1) {
            throw new IllegalArgumentException("teamgate.journal.capacity must be at least 1");
        }
        if (maxBytes < 1) {
            throw new IllegalArgumentException("teamgate.journal.max-bytes must be at least 1");
        }
        this.capacity = capacity;
        this.maxBytes = maxBytes;
        this.entries = new ArrayDeque<>(Math.min(capacity, 1024));
    }

    /** A journal bounded by entries only (a byte budget no entry count can reach). */
    public RequestJournal(int capacity) {
        this(capacity, Long.MAX_VALUE);
    }

    public long nextId() {
        return ids.incrementAndGet();
    }

    public synchronized void add(JournalEntry entry) {
        entries.addLast(entry);
        bytes += footprint(entry);
        while (entries.size() > 1 && (entries.size() > capacity || bytes > maxBytes)) {
            bytes -= footprint(entries.removeFirst());
        }
    }

    /**
     * The bytes an entry is charged: two per character of its text (what a Java string of
     * non-Latin-1 text takes; Latin-1 text takes half, so the budget errs on the safe side) plus
     * {@link #ENTRY_OVERHEAD}.
     */
    static long footprint(JournalEntry e) {
        long chars = length(e.vendor()) + length(e.method()) + length(e.path()) + length(e.query())
                + length(e.requestBody()) + length(e.responseBody()) + length(e.credential()) + length(e.fault())
                + length(e.workspace()) + length(e.requestHeaders()) + length(e.responseHeaders());
        return ENTRY_OVERHEAD + 2 * chars;
    }

    private static long length(java.util.Map<String, String> headers) {
        long chars = 0;
        for (var header : headers.entrySet()) {
            chars += length(header.getKey()) + length(header.getValue());
        }
        return chars;
    }

    private static int length(String s) {
        return s == null ? 0 : s.length();
    }

    /** Matching entries, newest first, at most {@code limit}. */
    public synchronized List<JournalEntry> find(JournalQuery query, int limit) {
        List<JournalEntry> found = new ArrayList<>();
        Iterator<JournalEntry> newestFirst = entries.descendingIterator();
        while (newestFirst.hasNext() && found.size() < limit) {
            JournalEntry e = newestFirst.next();
            if (query.matches(e)) {
                found.add(e);
            }
        }
        return found;
    }

    public synchronized long count(JournalQuery query) {
        return entries.stream().filter(query::matches).count();
    }

    public synchronized int size() {
        return entries.size();
    }

    /** The bytes the entries held now are charged ({@link #footprint}), at most the budget (but one entry). */
    public synchronized long bytes() {
        return bytes;
    }

    public int capacity() {
        return capacity;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** The workspaces ({@code vendor/slug}) the journal holds entries of. */
    public synchronized java.util.Set<String> workspaces() {
        java.util.Set<String> found = new java.util.TreeSet<>();
        for (JournalEntry e : entries) {
            if (e.workspace() != null) {
                found.add(e.workspace());
            }
        }
        return found;
    }

    /** Forgets the matching entries (one test's workspace, say) and answers how many they were. */
    public synchronized int remove(JournalQuery query) {
        int removed = 0;
        Iterator<JournalEntry> all = entries.iterator();
        while (all.hasNext()) {
            JournalEntry e = all.next();
            if (query.matches(e)) {
                all.remove();
                bytes -= footprint(e);
                removed++;
            }
        }
        return removed;
    }

    public synchronized void clear() {
        entries.clear();
        bytes = 0;
    }
}
