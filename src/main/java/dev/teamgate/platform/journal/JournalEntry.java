package dev.teamgate.platform.journal;

import java.time.Instant;

/**
 * One request as the journal keeps it. Bodies are cut at the journal's body limit; secrets in
 * query strings and bodies are masked, and only the credential's display prefix is kept.
 */
public record JournalEntry(
        long id,
        Instant time,
        String vendor,
        String method,
        String path,
        String query,
        int status,
        long durationMillis,
        String requestBody,
        String responseBody,
        String credential,
        String fault) {
}
