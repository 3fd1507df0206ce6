package dev.teamgate.platform.slowclient;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * The bytes of a request body as they arrive, and how the reading ended. Filled by one container
 * thread at a time ({@link BodyReading}); read by the replay only after the reading has ended
 * (the async dispatch orders the two).
 */
final class BufferedBody {

    /** How the reading ended. */
    enum Outcome {
        /** Still arriving. */
        READING,
        /** Every byte arrived. */
        COMPLETE,
        /** More than the limit arrived; reading stopped. */
        TOO_LARGE,
        /** It fell behind its {@link BodyDeadline}; reading stopped. */
        TOO_SLOW,
        /** Reading failed (malformed chunking, a broken connection); {@link #failure} says how. */
        FAILED
    }

    private final long limit;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private volatile Outcome outcome = Outcome.READING;
    private volatile IOException failure;

    BufferedBody(long limit) {
        this.limit = limit;
    }

    /** False once more than {@code limit} bytes have arrived (the excess is not kept). */
    synchronized boolean append(byte[] chunk, int length) {
        long room = limit + 1 - bytes.size();
        bytes.write(chunk, 0, (int) Math.min(room, length));
        return bytes.size() <= limit;
    }

    synchronized int size() {
        return bytes.size();
    }

    synchronized byte[] bytes() {
        return bytes.toByteArray();
    }

    long limit() {
        return limit;
    }

    Outcome outcome() {
        return outcome;
    }

    void end(Outcome how) {
        outcome = how;
    }

    void fail(IOException why) {
        failure = why;
        outcome = Outcome.FAILED;
    }

    IOException failure() {
        return failure;
    }
}
