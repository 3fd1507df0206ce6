package dev.teamgate.platform.slowclient;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.io.IOException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;

/**
 * Reads one request body as it arrives, with no thread waiting in between: the container calls
 * {@link #onDataAvailable} whenever bytes are there, and a timer checks the {@link BodyDeadline}.
 * The first of "all read", "too large", "too slow" ends the reading and replays the request (an
 * async dispatch) with the buffered body; a broken connection just ends it.
 */
final class BodyReading implements ReadListener, AsyncListener {

    private static final int CHUNK = 8192;

    private final AsyncContext async;
    private final ServletInputStream input;
    private final BufferedBody body;
    private final BodyDeadline deadline;
    private final ScheduledExecutorService timer;
    private final LongSupplier nanoTime;
    private final long started;
    private final AtomicBoolean ended = new AtomicBoolean();
    private volatile ScheduledFuture<?> check;

    BodyReading(AsyncContext async, ServletInputStream input, BufferedBody body, BodyDeadline deadline,
                ScheduledExecutorService timer, LongSupplier nanoTime) {
        this.async = async;
        this.input = input;
        this.body = body;
        this.deadline = deadline;
        this.timer = timer;
        this.nanoTime = nanoTime;
        this.started = nanoTime.getAsLong();
    }

    /** Arms the deadline (none when the timeout is zero), then lets the container call in. */
    void start() {
        if (!deadline.timeout().isZero()) {
            scheduleCheck(deadline.timeout().toNanos());
        }
        input.setReadListener(this);
    }

    /** A read failure (malformed chunking) is kept for the replay, whose read fails as a blocking one would. */
    @Override
    public void onDataAvailable() {
        byte[] chunk = new byte[CHUNK];
        try {
            int n;
            while (!ended.get() && input.isReady() && (n = input.read(chunk)) != -1) {
                if (!body.append(chunk, n)) {
                    end(BufferedBody.Outcome.TOO_LARGE);
                }
            }
        } catch (IOException unreadable) {
            fail(unreadable);
        }
    }

    /**
     * A client that stops sending is cut off by the container's read timeout
     * ({@code server.tomcat.connection-timeout}), often at the same moment as the body deadline:
     * either way its body was too slow (a 400), not a server failure.
     */
    static boolean isReadTimeout(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.net.SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void onAllDataRead() {
        end(BufferedBody.Outcome.COMPLETE);
    }

    /**
     * The container could not read on (the client went away, or stayed silent past the connection
     * timeout). The replay answers as a blocking read would; if the request can no longer be
     * dispatched, it is just ended.
     */
    @Override
    public void onError(Throwable failure) {
        fail(failure instanceof IOException io ? io : new IOException(failure));
    }

    private void fail(IOException failure) {
        if (isReadTimeout(failure)) {
            end(BufferedBody.Outcome.TOO_SLOW);
            return;
        }
        if (ended.compareAndSet(false, true)) {
            cancelCheck();
            body.fail(failure);
            try {
                async.dispatch();
            } catch (IllegalStateException tooLate) {
                body.release();
                async.complete();
            }
        }
    }

    /** On the timer's thread: ends a body that fell behind, or looks again when it would. */
    void checkDeadline() {
        if (ended.get()) {
            return;
        }
        long elapsed = nanoTime.getAsLong() - started;
        int received = body.size();
        if (deadline.exceeded(elapsed, received)) {
            end(BufferedBody.Outcome.TOO_SLOW);
        } else {
            scheduleCheck(deadline.allowedNanos(received) - elapsed + 1);
        }
    }

    private void scheduleCheck(long delayNanos) {
        check = timer.schedule(this::checkDeadline, delayNanos, TimeUnit.NANOSECONDS);
    }

    private void cancelCheck() {
        ScheduledFuture<?> pending = check;
        if (pending != null) {
            pending.cancel(false);
        }
    }

    private void end(BufferedBody.Outcome outcome) {
        if (ended.compareAndSet(false, true)) {
            cancelCheck();
            body.end(outcome);
            async.dispatch();
        }
    }

    boolean ended() {
        return ended.get();
    }

    @Override
    public void onComplete(AsyncEvent event) {
        ended.set(true);
        cancelCheck();
        body.release();
    }

    @Override
    public void onTimeout(AsyncEvent event) {
        onError(new IOException("The request timed out"));
    }

    @Override
    public void onError(AsyncEvent event) {
        onError(event.getThrowable() == null ? new IOException("The request failed") : event.getThrowable());
    }

    @Override
    public void onStartAsync(AsyncEvent event) {
        // the replay starts no second cycle of its own reading
    }
}
