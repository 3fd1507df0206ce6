package dev.teamgate.platform.journal;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One request as the journal keeps it. Bodies are cut at the journal's body limit; secrets in
 * query strings, headers and bodies are masked, and only the credential's display prefix is kept.
 *
 * @param workspace       {@code vendor/slug} of the caller's workspace, null for anonymous calls
 * @param requestHeaders  the request's headers, secrets masked ({@link HeaderMasker})
 * @param responseHeaders the response's headers, secrets masked
 */
public record JournalEntry(
        long id,
        Instant time,
        String vendor,
        String method,
        String path,
        @Nullable String query,
        int status,
        long durationMillis,
        String requestBody,
        String responseBody,
        @Nullable String credential,
        @Nullable String fault,
        @Nullable String workspace,
        Map<String, String> requestHeaders,
        Map<String, String> responseHeaders) {

    public JournalEntry {
        requestHeaders = requestHeaders == null ? Map.of() : requestHeaders;
        responseHeaders = responseHeaders == null ? Map.of() : responseHeaders;
    }

    /** An entry without workspace or headers. */
    public JournalEntry(long id, Instant time, String vendor, String method, String path, String query, int status,
                        long durationMillis, String requestBody, String responseBody, String credential, String fault) {
        this(id, time, vendor, method, path, query, status, durationMillis, requestBody, responseBody, credential,
                fault, null, Map.of(), Map.of());
    }
}
