package dev.teamgate.platform.slowclient;

import dev.teamgate.platform.error.SlowRequestBodyException;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.io.IOException;
import lombok.RequiredArgsConstructor;

/** The request body, cut off (connection dropped) once it falls behind its {@link BodyDeadline}. */
@RequiredArgsConstructor
final class DeadlineInputStream extends ServletInputStream {

    private final ServletInputStream body;
    private final BodyDeadline deadline;
    private final Runnable dropConnection;
    private final long started = System.nanoTime();
    private long bytesRead;

    @Override
    public int read() throws IOException {
        check();
        int b;
        try {
            b = body.read();
        } catch (IOException failed) {
            throw timedOutOr(failed);
        }
        if (b >= 0) {
            bytesRead++;
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        check();
        int n;
        try {
            n = body.read(buffer, offset, length);
        } catch (IOException failed) {
            throw timedOutOr(failed);
        }
        if (n > 0) {
            bytesRead += n;
        }
        return n;
    }

    /** A client silent past the container's read timeout was too slow (400), as one past the deadline. */
    private IOException timedOutOr(IOException failed) {
        if (BodyReading.isReadTimeout(failed)) {
            dropConnection.run();
            return new SlowRequestBodyException();
        }
        return failed;
    }

    private void check() throws SlowRequestBodyException {
        if (deadline.exceeded(System.nanoTime() - started, bytesRead)) {
            dropConnection.run();
            throw new SlowRequestBodyException();
        }
    }

    @Override
    public boolean isFinished() {
        return body.isFinished();
    }

    @Override
    public boolean isReady() {
        return body.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
        body.setReadListener(listener);
    }
}
