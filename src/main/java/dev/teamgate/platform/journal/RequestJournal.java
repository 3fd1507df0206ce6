package dev.teamgate.platform.journal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A bounded in-memory ring of the latest requests: when it is full, each new entry pushes out the
 * oldest. Memory stays bounded whatever the traffic ({@code teamgate.journal.capacity} entries of
 * at most two bodies of {@code teamgate.journal.body-limit} bytes each).
 */
@Component
public class RequestJournal {

    private final int capacity;
    private final Deque<JournalEntry> entries;
    private final AtomicLong ids = new AtomicLong();

    public RequestJournal(@Value("${teamgate.journal.capacity:10000}") int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("teamgate.journal.capacity must be at least 1");
        }
        this.capacity = capacity;
        this.entries = new ArrayDeque<>(Math.min(capacity, 1024));
    }

    public long nextId() {
        return ids.incrementAndGet();
    }

    public synchronized void add(JournalEntry entry) {
        if (entries.size() == capacity) {
            entries.removeFirst();
        }
        entries.addLast(entry);
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

    public int capacity() {
        return capacity;
    }

    public synchronized void clear() {
        entries.clear();
    }
}
