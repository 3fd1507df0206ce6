package dev.teamgate.platform.container;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.coyote.InputBuffer;
import org.apache.coyote.http11.Http11InputBuffer;

/**
 * The start of a request line that outgrew Tomcat's header buffer
 * ({@code server.max-http-request-header-size}). Tomcat gives up before it records the path, but
 * the bytes it did read are still in its buffer: enough to tell which vendor prefix the path
 * starts with, so the 414 can be written in that vendor's shape.
 */
final class UnfinishedRequestLine {

    private UnfinishedRequestLine() {
    }

    /** The path read so far when the request line never ended (no line break in the buffer); else empty. */
    static Optional<String> path(InputBuffer input) {
        if (!(input instanceof Http11InputBuffer http11)) {
            return Optional.empty();
        }
        ByteBuffer buffer = http11.getByteBuffer();
        if (buffer == null) {
            return Optional.empty();
        }
        ByteBuffer read = buffer.duplicate();
        read.position(0);
        byte[] bytes = new byte[read.limit()];
        read.get(bytes);
        return path(new String(bytes, StandardCharsets.ISO_8859_1));
    }

    /** From the raw text: {@code METHOD SP path[?query…]} with no line end yet. */
    static Optional<String> path(String raw) {
        String line = raw.stripLeading();
        if (line.isEmpty() || line.indexOf('\n') >= 0) {
            return Optional.empty();
        }
        int space = line.indexOf(' ');
        if (space <= 0) {
            return Optional.empty();
        }
        String target = line.substring(space + 1);
        int end = target.length();
        for (char stop : new char[] {'?', '#', ' '}) {
            int at = target.indexOf(stop);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        String path = target.substring(0, end);
        return path.startsWith("/") ? Optional.of(path) : Optional.empty();
    }
}
