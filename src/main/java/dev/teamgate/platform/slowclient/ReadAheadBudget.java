package dev.teamgate.platform.slowclient;

import java.util.concurrent.atomic.AtomicLong;
import lombok.RequiredArgsConstructor;

/**
 * How many bytes of request bodies may be held in memory at once while {@link AsyncBodyReader}
 * reads them ahead ({@code teamgate.http.read-ahead-budget}). Without it, a client with no
 * credential at all could open thousands of connections, each announcing a body just under the
 * body limit, and make the server hold all of them: reading ahead happens before authentication.
 * A body that finds the budget spent is read the blocking way instead (it then holds a worker
 * thread, as every body did before), so nothing is refused for lack of budget alone.
 */
@RequiredArgsConstructor
final class ReadAheadBudget {

    private final long capacity;
    private final AtomicLong used = new AtomicLong();

    boolean tryReserve(long bytes) {
        long now;
        do {
            now = used.get();
            if (now + bytes > capacity) {
                return false;
            }
        } while (!used.compareAndSet(now, now + bytes));
        return true;
    }

    void release(long bytes) {
        used.addAndGet(-bytes);
    }

    long used() {
        return used.get();
    }
}
