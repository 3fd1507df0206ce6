package dev.teamgate.admin;

import dev.teamgate.platform.journal.JournalEntry;
import java.time.Instant;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

/**
 * A journal entry on the wire: bodies that are JSON are given as JSON (an object to read, not a
 * string of escaped quotes); anything else (forms, text, a body cut at the journal's limit) stays
 * a string.
 */
record JournalEntryView(long id, Instant time, String vendor, String workspace, String method, String path,
                        String query, int status, long durationMillis, String credential, String fault,
                        Map<String, String> requestHeaders, Object requestBody,
                        Map<String, String> responseHeaders, Object responseBody) {

    static JournalEntryView of(JournalEntry e, ObjectMapper json) {
        return new JournalEntryView(e.id(), e.time(), e.vendor(), e.workspace(), e.method(), e.path(), e.query(),
                e.status(), e.durationMillis(), e.credential(), e.fault(), e.requestHeaders(),
                body(e.requestBody(), json), e.responseHeaders(), body(e.responseBody(), json));
    }

    private static Object body(String text, ObjectMapper json) {
        if (text == null || text.isBlank()) {
            return text;
        }
        char first = text.strip().charAt(0);
        if (first != '{' && first != '[') {
            return text;
        }
        try {
            return json.readTree(text);
        } catch (JacksonException notJson) {
            return text;
        }
    }
}
