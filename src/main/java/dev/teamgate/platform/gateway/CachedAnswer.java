package dev.teamgate.platform.gateway;

import dev.teamgate.platform.auth.AuthOutcome;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * A kept GET answer: who the credentials named (so rate limiting and decoration still run per
 * request) and what the controller wrote.
 *
 * @param version the {@link dev.teamgate.platform.datachange.DataVersion} it was computed at
 */
record CachedAnswer(long version, AuthOutcome auth, int status, String contentType,
                    Map<String, List<String>> headers, byte[] body) {

    /** Approximate bytes held, for the cache's size bound. */
    int weight() {
        int weight = 128 + body.length + (contentType == null ? 0 : contentType.length());
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            weight += header.getKey().length();
            for (String value : header.getValue()) {
                weight += value.length() + 16;
            }
        }
        return weight;
    }

    void replay(HttpServletResponse response) throws IOException {
        response.setStatus(status);
        if (contentType != null) {
            response.setContentType(contentType);
        }
        headers.forEach((name, values) -> {
            for (int i = 0; i < values.size(); i++) {
                if (i == 0) {
                    response.setHeader(name, values.get(i));
                } else {
                    response.addHeader(name, values.get(i));
                }
            }
        });
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
