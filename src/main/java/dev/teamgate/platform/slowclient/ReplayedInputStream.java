package dev.teamgate.platform.slowclient;

import dev.teamgate.platform.error.PayloadTooLargeException;
import dev.teamgate.platform.error.SlowRequestBodyException;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.io.IOException;

/**
 * A buffered body served as the request's input stream. A body that was cut off serves what arrived
 * and then fails the way the blocking read would have: {@link SlowRequestBodyException} (400),
 * {@link PayloadTooLargeException} (413) or the container's own read failure (malformed chunking:
 * 400), each rendered in the owning vendor's shape.
 */
final class ReplayedInputStream extends ServletInputStream {

    private final byte[] bytes;
    private final BufferedBody.Outcome outcome;
    private final long limit;
    private final IOException failure;
    private int position;

    ReplayedInputStream(BufferedBody body) {
        this.bytes = body.outcome() == BufferedBody.Outcome.TOO_SLOW ? new byte[0] : body.bytes();
        this.outcome = body.outcome();
        this.limit = body.limit();
        this.failure = body.failure();
    }

    @Override
    public int read() throws IOException {
        if (position < bytes.length) {
            return bytes[position++] & 0xff;
        }
        return end();
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (position >= bytes.length) {
            return end();
        }
        int n = Math.min(length, bytes.length - position);
        System.arraycopy(bytes, position, buffer, offset, n);
        position += n;
        return n;
    }

    private int end() throws IOException {
        switch (outcome) {
            case TOO_SLOW -> throw new SlowRequestBodyException();
            case TOO_LARGE -> throw new PayloadTooLargeException(limit);
            case FAILED -> throw failure;
            default -> {
                return -1;
            }
        }
    }

    @Override
    public int available() {
        return bytes.length - position;
    }

    @Override
    public boolean isFinished() {
        return position >= bytes.length && outcome == BufferedBody.Outcome.COMPLETE;
    }

    @Override
    public boolean isReady() {
        return true;
    }

    /** Everything is already here: the listener hears so at once. */
    @Override
    public void setReadListener(ReadListener listener) {
        try {
            listener.onDataAvailable();
            listener.onAllDataRead();
        } catch (IOException | RuntimeException failed) {
            listener.onError(failed);
        }
    }
}
