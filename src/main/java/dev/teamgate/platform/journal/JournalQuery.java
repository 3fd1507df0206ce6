package dev.teamgate.platform.journal;

import java.time.Instant;
import org.springframework.util.AntPathMatcher;

/**
 * Filters on the journal; every null field matches anything. {@code path} is an exact path, or a
 * glob when it contains {@code *} ({@code *} within a segment, {@code **} across segments).
 * {@code workspace} is {@code vendor/slug}.
 */
public record JournalQuery(String vendor, String method, String path, Integer status, Instant since,
                           String workspace) {

    private static final AntPathMatcher GLOB = new AntPathMatcher();

    public static final JournalQuery ALL = new JournalQuery(null, null, null, null, null, null);

    public JournalQuery(String vendor, String method, String path, Integer status, Instant since) {
        this(vendor, method, path, status, since, null);
    }

    boolean matches(JournalEntry e) {
        return (vendor == null || vendor.equals(e.vendor()))
                && (method == null || method.equalsIgnoreCase(e.method()))
                && (status == null || status == e.status())
                && (since == null || !e.time().isBefore(since))
                && (workspace == null || workspace.equals(e.workspace()))
                && (path == null || pathMatches(e.path()));
    }

    private boolean pathMatches(String actual) {
        return path.contains("*") ? GLOB.match(path, actual) : path.equals(actual);
    }
}
