package dev.teamgate.platform.datachange;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * A number that moves on every database write this process makes: when a statement that is not a
 * SELECT runs, and again when its transaction ends. An answer computed while the number stood still
 * was computed from data nobody changed, which is what makes the GET response cache safe.
 */
@Component
public class DataVersion {

    private final AtomicLong value = new AtomicLong();

    public long current() {
        return value.get();
    }

    public void bump() {
        value.incrementAndGet();
    }
}
