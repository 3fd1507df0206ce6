package dev.teamgate.platform.reset;

/** In-memory state outside the database (caches, open streams, dedup windows) that a reset must clear. */
public interface ResetListener {

    /** Called after a full reset has reloaded the seed. */
    void afterReset();
}
