package dev.teamgate.platform.ratelimit;

import io.github.bucket4j.Bucket;
import java.util.List;
import java.util.function.Predicate;

/**
 * Where buckets live: in this process ({@link LocalBucketStore}), or in the database so several
 * instances share one limit ({@link JdbcBucketStore}, the {@code postgres} profile).
 */
interface BucketStore {

    /** The bucket named {@code name}, created with {@code settings} if it does not exist yet. */
    Bucket bucket(String name, RateLimitSettings settings);

    /** Names of the buckets that exist now. */
    List<String> names();

    /** Forgets the buckets whose names match. */
    void remove(Predicate<String> names);
}
