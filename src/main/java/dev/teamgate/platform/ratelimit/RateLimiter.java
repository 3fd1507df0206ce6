package dev.teamgate.platform.ratelimit;

import dev.teamgate.platform.vendor.VendorApi;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * bucket4j buckets, one per vendor, rate-limit key and policy, named
 * {@code vendor|key|capacity/periodMillis} (a changed policy gets fresh buckets). Time comes from
 * the injected {@link Clock}, so tests and the control plane can freeze or move the windows.
 * Buckets live in this process, or in the database when {@code teamgate.rate-limit.store=jdbc}
 * (the postgres profile) so that several instances share them.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RateLimiter {

    private final Clock clock;
    private final Map<String, RateLimitSettings> overrides = new ConcurrentHashMap<>();
    /** Vendors emptied as a whole: buckets made before {@code until} start empty too. */
    private final Map<String, Exhausted> exhausted = new ConcurrentHashMap<>();
    private final BucketStore store;

    /** A limiter with in-process buckets (unit tests). */
    public static RateLimiter inMemory(Clock clock) {
        return new RateLimiter(clock, new LocalBucketStore(new ClockTimeMeter(clock)));
    }

    /** Where buckets live: {@code teamgate.rate-limit.store=local} (default) or {@code jdbc}. */
    static BucketStore store(String kind, Clock clock, org.springframework.beans.factory.ObjectProvider<DataSource> dataSource) {
        TimeMeter time = new ClockTimeMeter(clock);
        return "jdbc".equalsIgnoreCase(kind) ? new JdbcBucketStore(dataSource.getObject(), time) : new LocalBucketStore(time);
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
        String name = BucketName.of(vendor, key, settings).toString();
        Bucket bucket = store.bucket(name, settings);
        Exhausted empty = exhausted.get(vendor);
        if (empty != null) {
            if (!clock.instant().isBefore(empty.until())) {
                exhausted.remove(vendor, empty);
            } else if (empty.drained().add(name)) {
                bucket.tryConsumeAsMuchAsPossible();
            }
        }
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        Instant resetAt = clock.instant().plusNanos(probe.getNanosToWaitForReset());
        if (probe.isConsumed()) {
            return new RateLimitDecision(true, settings.capacity(), probe.getRemainingTokens(), resetAt, Duration.ZERO);
        }
        Duration retryAfter = Duration.ofNanos(probe.getNanosToWaitForRefill());
        return new RateLimitDecision(false, settings.capacity(), 0, resetAt, retryAfter);
    }

    /** Forgets every bucket and run-time policy: the next request of each key starts with a full allowance. */
    public void reset() {
        store.remove(name -> true);
        overrides.clear();
        exhausted.clear();
    }

    /** Forgets the buckets of one vendor. */
    public void reset(String vendor) {
        store.remove(name -> BucketName.parse(name).vendor().equals(vendor));
        exhausted.remove(vendor);
    }

    /**
     * Empties the named bucket of a vendor (all its buckets when {@code key} is null), so the next
     * request with that key is refused until the window ends. Returns how many were emptied.
     */
    public int exhaust(String vendor, String key) {
        int emptied = 0;
        for (String name : store.names()) {
            BucketName parsed = BucketName.parse(name);
            if (parsed.vendor().equals(vendor) && (key == null || parsed.key().equals(key))) {
                store.bucket(name, parsed.settings()).tryConsumeAsMuchAsPossible();
                emptied++;
            }
        }
        return emptied;
    }

    /**
     * Empties every live bucket of the vendor and, for one window of its current policy, every
     * bucket made after: the next request of any caller gets the vendor's 429, even of a caller
     * that had not called yet (no bucket to empty). Returns how many live buckets were emptied.
     */
    public int exhaustAll(VendorApi vendor) {
        Set<String> drained = ConcurrentHashMap.newKeySet();
        for (String name : store.names()) {
            if (BucketName.parse(name).vendor().equals(vendor.key())) {
                drained.add(name);
            }
        }
        exhausted.put(vendor.key(), new Exhausted(clock.instant().plus(settings(vendor).period()), drained));
        return exhaust(vendor.key(), null);
    }

    /** The live buckets of a vendor, for the control plane. */
    public List<BucketView> buckets(String vendor) {
        List<BucketView> views = new ArrayList<>();
        for (String name : store.names()) {
            BucketName parsed = BucketName.parse(name);
            if (parsed.vendor().equals(vendor)) {
                long available = store.bucket(name, parsed.settings()).getAvailableTokens();
                views.add(new BucketView(parsed.key(), parsed.settings().capacity(), parsed.settings().period(), available));
            }
        }
        views.sort(Comparator.comparing(BucketView::key));
        return views;
    }

    public int bucketCount() {
        return store.names().size();
    }

    /** One bucket: its key (usually {@code credential:<id>}), its policy and the tokens left. */
    public record BucketView(String key, long capacity, Duration period, long available) {
    }

    private record Exhausted(Instant until, Set<String> drained) {
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
