package dev.teamgate.platform.ratelimit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/** Buckets in a map in this process: the default, fastest store. */
class LocalBucketStore implements BucketStore {

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final TimeMeter time;

    LocalBucketStore(TimeMeter time) {
        this.time = time;
    }

    @Override
    public Bucket bucket(String name, RateLimitSettings settings) {
        return buckets.computeIfAbsent(name, n -> Bucket.builder()
                .addLimit(limit -> limit.capacity(settings.capacity())
                        .refillIntervally(settings.capacity(), settings.period()))
                .withCustomTimePrecision(time)
                .build());
    }

    @Override
    public List<String> names() {
        return List.copyOf(buckets.keySet());
    }

    @Override
    public void remove(Predicate<String> names) {
        buckets.keySet().removeIf(names);
    }
}
