package dev.teamgate.platform.gateway;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.teamgate.platform.auth.AuthOutcome;
import dev.teamgate.platform.clock.ClockReads;
import dev.teamgate.platform.datachange.DataVersion;
import dev.teamgate.platform.datachange.TableReads;
import dev.teamgate.platform.datachange.TableStamp;
import dev.teamgate.platform.vendor.VendorApi;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Keeps what a vendor's authenticator decided about a request and gives it again while the tables
 * it was decided from are unchanged. Authenticating costs a transaction and three or four queries
 * (credential, account, workspace) on every request, POSTs included; those tables change rarely,
 * messages and tickets often, so a decision outlives the writes a client makes between requests.
 *
 * <p>A decision is kept only when all of these hold, so a kept decision is exactly what the
 * authenticator would decide again:
 * <ul>
 *   <li>the key holds everything an authenticator may read ({@link RequestKey}: all but the
 *       body); authenticators read no body, and multipart requests, whose preflight looks at the
 *       parts, are never kept;</li>
 *   <li>every table the authenticator read (as the SQL says) still has the version it had before
 *       the read, and the authenticator wrote nothing ({@link TableReads});</li>
 *   <li>the authenticator did not read the clock (an expiring credential).</li>
 * </ul>
 * It is on and off together with the GET response cache, and keeps nothing unless the database
 * writes are being watched.
 */
class AuthCache {

    private final boolean enabled;
    private final DataVersion version;
    private final Cache<String, Kept> decisions;
    private final CacheCounters counters;

    AuthCache(ReadCacheProperties properties, DataVersion version, MeterRegistry registry) {
        this.enabled = properties.enabled();
        this.version = version;
        // Decisions are small: an eighth of the read cache's budget, each weighed as its key plus a
        // rough 256 bytes for the caller and stamp.
        this.decisions = Caffeine.newBuilder()
                .maximumWeight(properties.maxSize().toBytes() / 8)
                .weigher((String key, Kept decision) -> key.length() + 256)
                .build();
        this.counters = CacheCounters.register(registry, "teamgate.auth.cache",
                "Vendor requests whose authentication was taken from memory (hit) or run (miss), and decisions kept");
    }

    /**
     * The vendor's decision about {@code request}: kept, or made now (and kept when it may be).
     * {@code clock} is the gateway's watch over this request, active while this runs.
     */
    AuthOutcome authenticate(VendorApi vendor, HttpServletRequest request, ClockReads.Watch clock) {
        if (!enabled || !version.isWatched() || VendorGateway.isMultipart(request)) {
            return vendor.authenticator().authenticate(request);
        }
        String key = RequestKey.of(vendor, request);
        Kept decision = decisions.getIfPresent(key);
        if (decision != null && decision.stamp().isCurrent(version)) {
            counters.hits().increment();
            return decision.outcome();
        }
        counters.misses().increment();
        int clockReads = clock.reads();
        AuthOutcome outcome;
        TableStamp stamp;
        try (TableReads.Recording reads = TableReads.record(version)) {
            outcome = vendor.authenticator().authenticate(request);
            stamp = reads.stamp();
        }
        if (stamp != null && clock.reads() == clockReads) {
            decisions.put(key, new Kept(outcome, stamp));
            counters.kept().increment();
        }
        return outcome;
    }

    private record Kept(AuthOutcome outcome, TableStamp stamp) {
    }
}
