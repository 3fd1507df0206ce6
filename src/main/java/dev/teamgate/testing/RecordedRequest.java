package dev.teamgate.testing;

import java.time.Instant;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * One vendor request from the journal ({@code GET /_admin/requests}). Bodies are text (a JSON body
 * as its JSON), cut at the
 * journal's body limit and secrets are masked; {@code credential} is the credential's display
 * prefix. Fields the server adds later are ignored; {@code workspace} is null on servers that do not
 * record it.
 */
public record RecordedRequest(long id, Instant time, String vendor, String method, String path, String query,
                              int status, long durationMillis,
                              @JsonDeserialize(using = BodyText.class) String requestBody,
                              @JsonDeserialize(using = BodyText.class) String responseBody,
                              String credential, String fault, String workspace) {

    /** One line for failure messages: {@code POST /flowdock/messages?x=1 -> 201 (flowdock)}. */
    public String summary() {
        return method + " " + path + (query == null || query.isEmpty() ? "" : "?" + query) + " -> " + status
                + " (" + vendor + (workspace == null ? "" : ", " + workspace) + ")";
    }
}
