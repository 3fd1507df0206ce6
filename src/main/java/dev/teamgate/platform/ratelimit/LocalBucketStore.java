package dev.teamgate.platform.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.util.List;
import java.util.function.Predicate;

/**
 * Buckets in this process: the default, fastest store. Bounded, so memory does not grow with every
 * new caller (address or key): a bucket is forgotten once it has been idle for one whole period of
 * its policy, measured on the Teamgate clock. Such a bucket has refilled completely, so forgetting
 * it costs the caller nothing; its next request starts a fresh, full bucket whose window begins
 * then. The size cap is a last resort against a flood of distinct callers inside one period.
 */
class LocalBucketStore implements BucketStore {

    static final long MAX_BUCKETS = 100_000;

    private final Cache<String, Held> buckets;
    private final TimeMeter time;

    LocalBucketStore(TimeMeter time) {
        this(time, MAX_BUCKETS);
    }

    LocalBucketStore(TimeMeter time, long maxBuckets) {
        this.time = time;
        this.buckets = Caffeine.newBuilder()
                .ticker(time::currentTimeNanos)
                .expireAfter(Expiry.accessing((String name, Held held) -> held.period()))
                .maximumSize(maxBuckets)
                .executor(Runnable::run) // evict on the calling thread: no background work to race tests
                .build();
    }

    @Override
    public Bucket bucket(String name, RateLimitSettings settings) {
        return buckets.get(name, n -> new Held(Bucket.builder()
                .addLimit(limit -> limit.capacity(settings.capacity())
                        .refillIntervally(settings.capacity(), settings.period()))
                .withCustomTimePrecision(time)
                .build(), settings.period())).bucket();
    }

    @Override
    public List<String> names() {
        return List.copyOf(buckets.asMap().keySet());
    }

    @Override
    public void remove(Predicate<String> names) {
        buckets.asMap().keySet().removeIf(names);
    }

    /** Forgets idle buckets now rather than on the next access (tests, the control plane's count). */
    void cleanUp() {
        buckets.cleanUp();
    }

    private record Held(Bucket bucket, java.time.Duration period) {
    }
}
