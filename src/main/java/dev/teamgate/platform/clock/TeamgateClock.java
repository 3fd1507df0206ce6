package dev.teamgate.platform.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one clock every component reads. It follows real time, shifted by an offset, or stands
 * frozen at an instant; the control plane changes it at run time, tests change it directly.
 */
public class TeamgateClock extends Clock {

    private final Clock system;
    private final AtomicReference<State> state = new AtomicReference<>(new State(null, Duration.ZERO));

    public TeamgateClock(Clock system) {
        this.system = system;
    }

    public TeamgateClock() {
        this(Clock.systemUTC());
    }

    @Override
    public Instant instant() {
        State s = state.get();
        return s.frozenAt != null ? s.frozenAt : system.instant().plus(s.offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** A view in another zone that keeps following this clock (frozen, shifted or real). */
    @Override
    public Clock withZone(ZoneId zone) {
        TeamgateClock source = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return source.withZone(other);
            }

            @Override
            public Instant instant() {
                return source.instant();
            }
        };
    }

    /** Stops time at {@code at}. */
    public void freeze(Instant at) {
        state.set(new State(at, Duration.ZERO));
    }

    /** Moves time forward (or back, for a negative amount), frozen or not. */
    public void advance(Duration amount) {
        state.updateAndGet(s -> s.frozenAt != null
                ? new State(s.frozenAt.plus(amount), s.offset)
                : new State(null, s.offset.plus(amount)));
    }

    /** Back to real time. */
    public void reset() {
        state.set(new State(null, Duration.ZERO));
    }

    public boolean isFrozen() {
        return state.get().frozenAt != null;
    }

    private record State(Instant frozenAt, Duration offset) {
    }
}
