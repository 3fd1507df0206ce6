package dev.teamgate.platform.gateway;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.teamgate.platform.auth.AuthOutcome;
import dev.teamgate.platform.datachange.DataVersion;
import dev.teamgate.platform.vendor.VendorApi;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Keeps the answers to vendor GET requests and gives them again while nothing they were computed
 * from can have changed. Reading a page of messages costs a dozen SQL statements and an entity
 * graph; answering the same request again from memory costs a map lookup.
 *
 * <p>An answer is kept only when all of these hold, so a kept answer is exactly what the
 * authenticator and controller would compute again:
 * <ul>
 *   <li>the request is a GET without a body, and the key holds everything the request carries
 *       ({@link RequestKey});</li>
 *   <li>no database write happened while it was computed ({@link DataVersion} did not move), and
 *       it is handed out only while the version still stands: any write anywhere retires every
 *       kept answer;</li>
 *   <li>neither the authenticator nor the controller read the clock (an expiring token, a daily
 *       key, "x minutes ago");</li>
 *   <li>the controller answered 200 with a body of at most {@code max-entry-size}, without an
 *       error page, redirect, cookie, date header or asynchronous processing.</li>
 * </ul>
 * Fault injection, rate limiting, response decoration, metrics and the journal still run for every
 * request, hit or not.
 */
class ReadCache {

    private final boolean enabled;
    private final int maxEntrySize;
    private final DataVersion version;
    private final Cache<String, CachedAnswer> answers;
    private final CacheCounters counters;

    ReadCache(ReadCacheProperties properties, DataVersion version, MeterRegistry registry) {
        this.enabled = properties.enabled();
        this.maxEntrySize = (int) Math.min(Integer.MAX_VALUE, properties.maxEntrySize().toBytes());
        this.version = version;
        this.answers = Caffeine.newBuilder()
                .maximumWeight(properties.maxSize().toBytes())
                .weigher((String key, CachedAnswer answer) -> key.length() + answer.weight())
                .build();
        this.counters = CacheCounters.register(registry, "teamgate.read.cache",
                "Vendor GET requests answered from the read cache (hit), computed (miss), and answers kept");
    }

    /** Where this request's answer lives, or null when its answer is never kept. */
    Lookup lookup(VendorApi vendor, HttpServletRequest request) {
        if (!enabled || !"GET".equals(request.getMethod()) || request.getContentLengthLong() > 0
                || request.getHeader("Transfer-Encoding") != null) {
            return null;
        }
        long at = version.current();
        String key = RequestKey.of(vendor, request);
        CachedAnswer answer = answers.getIfPresent(key);
        if (answer != null && answer.version() == at) {
            counters.hits().increment();
            return new Lookup(key, at, answer);
        }
        counters.misses().increment();
        return new Lookup(key, at, null);
    }

    RecordingResponse recorder(HttpServletResponse response) {
        return new RecordingResponse(response, maxEntrySize);
    }

    /** Keeps the answer just recorded if every condition in the class comment holds. */
    void offer(Lookup lookup, AuthOutcome auth, RecordingResponse recording, boolean clockRead,
               HttpServletRequest request) {
        if (clockRead || !recording.keepable() || recording.getStatus() != 200 || request.isAsyncStarted()) {
            return;
        }
        byte[] body = recording.wholeBody();
        if (body == null || version.current() != lookup.version()) {
            return;
        }
        answers.put(lookup.key(), new CachedAnswer(lookup.version(), auth, recording.getStatus(),
                recording.getContentType(), recording.headersSet(), body));
        counters.kept().increment();
    }

    /** @param hit the kept answer, or null when the request must be computed (and may be kept) */
    record Lookup(String key, long version, CachedAnswer hit) {
    }
}
