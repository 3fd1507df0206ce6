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

    /** A chunked body's reservation grows in steps of this many bytes. */
    static final int CHUNKED_STEP = 64 * 1024;

    private final long limit;
    private final ReadAheadBudget budget;
    private final ByteArrayOutputStream bytes;
    private long reserved;
    private volatile Outcome outcome = Outcome.READING;
    private volatile IOException failure;

    /**
     * A body of {@code announced} bytes (-1: chunked) with its share of the budget reserved, or
     * null when the budget cannot spare it.
     */
    static BufferedBody reserve(long announced, long limit, ReadAheadBudget budget) {
        long first = announced >= 0 ? announced : Math.min(limit + 1, CHUNKED_STEP);
        if (!budget.tryReserve(first)) {
            return null;
        }
        return new BufferedBody(limit, budget, first, (int) Math.min(first, CHUNKED_STEP * 16L));
    }

    private BufferedBody(long limit, ReadAheadBudget budget, long reserved, int initialCapacity) {
        this.limit = limit;
        this.budget = budget;
        this.reserved = reserved;
        this.bytes = new ByteArrayOutputStream(initialCapacity);
    }

    /**
     * False once more than {@code limit} bytes have arrived (the excess is not kept), or when a
     * chunked body outgrows its reservation and the budget has no more to give.
     */
    synchronized boolean append(byte[] chunk, int length) {
        long room = limit + 1 - bytes.size();
        int kept = (int) Math.min(room, length);
        if (bytes.size() + kept > reserved) {
            long more = Math.max(CHUNKED_STEP, bytes.size() + kept - reserved);
            if (!budget.tryReserve(more)) {
                return false;
            }
            reserved += more;
        }
        bytes.write(chunk, 0, kept);
        return bytes.size() <= limit;
    }

    /** Gives the reservation back; once, however often it is called. */
    synchronized void release() {
        budget.release(reserved);
        reserved = 0;
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
