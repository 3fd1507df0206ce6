package dev.teamgate.testing;

import java.util.Comparator;
import java.util.List;

/**
 * The failure message of a verification: what was expected, what was found, and the recorded
 * requests that came closest (most criteria met, newest first), so a wrong path or method shows at
 * a glance, as in WireMock's near-miss report.
 */
final class NearMisses {

    static final int SHOWN = 5;

    private NearMisses() {
    }

    static String message(String expectation, RequestFilter filter, long found, List<RecordedRequest> recent) {
        StringBuilder message = new StringBuilder("Expected ").append(expectation).append(" matching ")
                .append(filter).append(" but found ").append(found).append('.');
        if (recent.isEmpty()) {
            return message.append(" The journal is empty.").toString();
        }
        message.append(" Nearest recorded requests (").append(Math.min(SHOWN, recent.size())).append(" of the last ")
                .append(recent.size()).append("):");
        recent.stream()
                .sorted(Comparator.comparingInt((RecordedRequest r) -> filter.score(r)[0]).reversed()
                        .thenComparing(Comparator.comparingLong(RecordedRequest::id).reversed()))
                .limit(SHOWN)
                .forEach(r -> {
                    int[] score = filter.score(r);
                    message.append("\n  ").append(r.summary()).append("  [").append(score[0]).append('/')
                            .append(score[1]).append(" criteria met").append(differences(filter, r)).append(']');
                });
        return message.toString();
    }

    private static String differences(RequestFilter filter, RecordedRequest r) {
        StringBuilder out = new StringBuilder();
        if (filter.vendor() != null && !filter.vendor().equals(r.vendor())) {
            out.append("; vendor ").append(r.vendor());
        }
        if (filter.method() != null && !filter.method().equalsIgnoreCase(r.method())) {
            out.append("; method ").append(r.method());
        }
        if (filter.path() != null && !filter.pathMatches(r.path())) {
            out.append("; path differs");
        }
        if (filter.status() != null && filter.status() != r.status()) {
            out.append("; status ").append(r.status());
        }
        if (filter.since() != null && r.time() != null && r.time().isBefore(filter.since())) {
            out.append("; earlier than since");
        }
        return out.toString();
    }
}
