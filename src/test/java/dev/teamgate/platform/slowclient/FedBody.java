package dev.teamgate.platform.slowclient;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;

/** A non-blocking body the test feeds: each feed is one "data available" call from the container. */
final class FedBody extends ServletInputStream {
    private final ArrayDeque<byte[]> chunks = new ArrayDeque<>();
    private ReadListener listener;
    private boolean finished;

    void feed(String text) throws IOException {
        chunks.add(text.getBytes(StandardCharsets.UTF_8));
        listener.onDataAvailable();
    }

    void finish() throws IOException {
        finished = true;
        listener.onAllDataRead();
    }

    void fail(IOException failure) {
        listener.onError(failure);
    }

    @Override
    public int read() {
        throw new UnsupportedOperationException("the reader reads in chunks");
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        byte[] chunk = chunks.peek();
        if (chunk == null) {
            return finished ? -1 : 0;
        }
        int n = Math.min(length, chunk.length);
        System.arraycopy(chunk, 0, buffer, offset, n);
        chunks.poll();
        if (n < chunk.length) {
            chunks.addFirst(Arrays.copyOfRange(chunk, n, chunk.length));
        }
        return n;
    }

    @Override
    public boolean isFinished() {
        return finished && chunks.isEmpty();
    }

    @Override
    public boolean isReady() {
        return !chunks.isEmpty();
    }

    @Override
    public void setReadListener(ReadListener readListener) {
        listener = readListener;
    }
}
