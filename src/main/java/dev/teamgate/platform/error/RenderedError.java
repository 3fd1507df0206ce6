package dev.teamgate.platform.error;

import java.util.Map;

/** An error as it goes on the wire: status, extra headers, and a body Jackson can write (or null). */
public record RenderedError(int status, Map<String, String> headers, Object body) {

    public RenderedError {
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    public static RenderedError of(int status, Object body) {
        return new RenderedError(status, Map.of(), body);
    }
}
