package dev.teamgate.testing;

import java.time.Duration;
import java.util.List;

/** A vendor's rate-limit policy and its live buckets ({@code GET /_admin/rate-limits}). */
public record RateLimit(String vendor, boolean enabled, long capacity, Duration period, List<Bucket> buckets) {

    /** One caller's bucket; {@code key} names it for {@link TeamgateAdmin#exhaustRateLimit(Vendor, String)}. */
    public record Bucket(String key, long capacity, Duration period, long available) {
    }
}
