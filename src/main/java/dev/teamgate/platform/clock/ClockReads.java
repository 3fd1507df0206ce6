package dev.teamgate.platform.clock;

/**
 * Notices whether a stretch of work on this thread read the {@link TeamgateClock}. The GET
 * response cache keeps only answers that did not depend on the time: an answer that read the
 * clock (a token's expiry, a "last seen" age) could differ a moment later with no write at all.
 */
public final class ClockReads {

    private static final ThreadLocal<Watch> CURRENT = new ThreadLocal<>();

    private ClockReads() {
    }

    /** Starts watching this thread; close the watch when the stretch of work ends. */
    public static Watch watch() {
        Watch watch = new Watch();
        CURRENT.set(watch);
        return watch;
    }

    /**
     * Counts as a clock read. {@link TeamgateClock} calls it on every read; state that was itself
     * made from the clock and lives outside the database (when a user was last seen) calls it too,
     * because an answer showing it can change without any write.
     */
    public static void noteRead() {
        Watch watch = CURRENT.get();
        if (watch != null && watch.active) {
            watch.reads++;
        }
    }

    /** One watched stretch; {@link #pause()} leaves out work whose clock reads do not matter. */
    public static final class Watch implements AutoCloseable {
        private boolean active = true;
        private int reads;

        private Watch() {
        }

        public void pause() {
            active = false;
        }

        public void resume() {
            active = true;
        }

        public boolean clockWasRead() {
            return reads > 0;
        }

        /** How many reads were counted so far: compare two counts to watch one step of the work. */
        public int reads() {
            return reads;
        }

        @Override
        public void close() {
            CURRENT.remove();
        }
    }
}
