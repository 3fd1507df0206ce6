package dev.teamgate.platform.ratelimit;

import dev.teamgate.platform.vendor.VendorApi;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * In-memory bucket4j buckets, one per vendor and rate-limit key. Time comes from the injected
 * {@link Clock}, so tests and the control plane can freeze or move the windows.
 */
@Component
public class RateLimiter {

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final Map<String, RateLimitSettings> overrides = new ConcurrentHashMap<>();
    private final Clock clock;
    private final TimeMeter timeMeter;

    public RateLimiter(Clock clock) {
        this.clock = clock;
        this.timeMeter = new ClockTimeMeter(clock);
    }

    /** The vendor's current base settings: its configured ones unless changed at run time. */
    public RateLimitSettings settings(VendorApi vendor) {
        return overrides.getOrDefault(vendor.key(), vendor.rateLimit());
    }

    /** Changes a vendor's base settings at run time (control plane); its buckets start afresh. */
    public void override(String vendor, RateLimitSettings settings) {
        overrides.put(vendor, settings);
        reset(vendor);
    }

    /** Takes one token from the bucket of {@code key} under {@code settings}. */
    public RateLimitDecision tryConsume(String vendor, String key, RateLimitSettings settings) {
        if (!settings.enabled()) {
            return RateLimitDecision.unlimited();
        }
        Bucket bucket = buckets.computeIfAbsent(bucketName(vendor, key, settings), name -> newBucket(settings));
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        Instant now = clock.instant();
        Instant resetAt = now.plusNanos(probe.getNanosToWaitForReset());
        if (probe.isConsumed()) {
            return new RateLimitDecision(true, settings.capacity(), probe.getRemainingTokens(), resetAt, Duration.ZERO);
        }
        Duration retryAfter = Duration.ofNanos(probe.getNanosToWaitForRefill());
        return new RateLimitDecision(false, settings.capacity(), 0, resetAt, retryAfter);
    }

    /** Forgets every bucket: the next request of each key starts with a full allowance. */
    public void reset() {
        buckets.clear();
        overrides.clear();
    }

    /** Forgets the buckets of one vendor. */
    public void reset(String vendor) {
        buckets.keySet().removeIf(name -> name.startsWith(vendor + "|"));
    }

    /**
     * Empties the named bucket of a vendor (all its buckets when {@code key} is null), so the next
     * request with that key is refused until the window ends. Returns how many were emptied.
     */
    public int exhaust(String vendor, String key) {
        int emptied = 0;
        for (Map.Entry<String, Bucket> entry : buckets.entrySet()) {
            String[] parts = entry.getKey().split("\\|", 3);
            if (parts[0].equals(vendor) && (key == null || parts[1].equals(key))) {
                Bucket bucket = entry.getValue();
                bucket.tryConsumeAsMuchAsPossible();
                emptied++;
            }
        }
        return emptied;
    }

    /** The live buckets of a vendor, for the control plane. */
    public List<BucketView> buckets(String vendor) {
        List<BucketView> views = new ArrayList<>();
        buckets.forEach((name, bucket) -> {
            String[] parts = name.split("\\|", 3);
            if (parts[0].equals(vendor)) {
                views.add(new BucketView(parts[1], parts[2], bucket.getAvailableTokens()));
            }
        });
        views.sort(java.util.Comparator.comparing(BucketView::key));
        return views;
    }

    /** One bucket: its key (usually {@code credential:<id>}), its limit as {@code capacity/periodMillis}, tokens left. */
    public record BucketView(String key, String limit, long available) {
    }

    public int bucketCount() {
        return buckets.size();
    }

    private Bucket newBucket(RateLimitSettings settings) {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(settings.capacity())
                        .refillIntervally(settings.capacity(), settings.period()))
                .withCustomTimePrecision(timeMeter)
                .build();
    }

    private static String bucketName(String vendor, String key, RateLimitSettings settings) {
        return vendor + "|" + key + "|" + settings.capacity() + "/" + settings.period().toMillis();
    }

    /** Feeds bucket4j the injected clock instead of System.nanoTime. */
    private record ClockTimeMeter(Clock clock) implements TimeMeter {

        @Override
        public long currentTimeNanos() {
            Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
