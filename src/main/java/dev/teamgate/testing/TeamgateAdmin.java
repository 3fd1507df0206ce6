package dev.teamgate.testing;

import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;

/**
 * The whole control plane ({@code /_admin}) as typed Java calls over HTTP: reset, workspaces,
 * fixtures, the request journal with a verify-style assertion, faults, the clock, rate limits and
 * outbound webhook deliveries. Thread-safe; one per server is enough. Errors from the server raise
 * {@link TeamgateAdminException} with its problem JSON.
 */
public final class TeamgateAdmin {

    private static final int NEAR_MISS_WINDOW = 100;

    private final AdminHttp http;
    private final WorkspaceCalls workspaces;

    /** A client for the server at {@code baseUrl} (e.g. {@code http://127.0.0.1:8080}), without an admin token. */
    public static TeamgateAdmin connect(String baseUrl) {
        return connect(baseUrl, null);
    }

    /** A client that sends {@code adminToken} (the server's {@code teamgate.admin.token}) on every call. */
    public static TeamgateAdmin connect(String baseUrl, String adminToken) {
        return new TeamgateAdmin(new AdminHttp(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(),
                baseUrl, adminToken));
    }

    private TeamgateAdmin(AdminHttp http) {
        this.http = http;
        this.workspaces = new WorkspaceCalls(http);
    }

    /** The server's base URL, without a trailing slash. */
    public String baseUrl() {
        return http.base();
    }

    public Health health() {
        return http.get("/_admin/health", Health.class);
    }

    // ---- reset and workspaces ------------------------------------------------------------------

    /** Back to the seed: database, rate-limit buckets, journal, faults and clock. */
    public void reset() {
        http.send("POST", "/_admin/reset", null);
    }

    /** Reloads one seeded workspace ({@code vendor/slug}) from the seed and leaves everything else alone. */
    public void resetWorkspace(String workspaceRef) {
        http.send("POST", "/_admin/reset" + AdminHttp.query(Map.of("workspace", workspaceRef)), null);
    }

    /** A fresh copy of the vendor's first seeded workspace: new slug, ids and secrets (shown this once). */
    public TeamgateWorkspace createWorkspace(Vendor vendor) {
        return workspaces.create(vendor, null, null);
    }

    /**
     * A workspace from a fixture entry ({@code {"accounts":[…],"credentials":[…],…}}, as in
     * docs/fixtures.md), given as JSON text, a Map or a JsonNode; {@code slug} may be null.
     */
    public TeamgateWorkspace createWorkspace(Vendor vendor, String slug, Object fixture) {
        return workspaces.create(vendor, slug, fixture);
    }

    /** Deletes a workspace ({@code vendor/slug}) and everything in it. */
    public void deleteWorkspace(String workspaceRef) {
        workspaces.delete(workspaceRef);
    }

    /** The vendor's first seeded workspace with its demo credentials. */
    public TeamgateWorkspace seededWorkspace(Vendor vendor) {
        return workspaces.seeded(vendor);
    }

    /** Every seeded workspace's demo credentials, by vendor key ({@code GET /_admin/credentials}). */
    public Map<String, List<Credential>> credentials() {
        return workspaces.credentials(null);
    }

    // ---- fixtures ------------------------------------------------------------------------------

    /** Loads a fixture document (JSON text, Map or JsonNode); answers the {@code vendor/slug} of each workspace loaded. */
    public List<String> loadFixture(Object document) {
        List<String> loaded = new java.util.ArrayList<>();
        for (JsonNode workspace : http.tree("POST", "/_admin/fixtures", document).path("loaded")) {
            loaded.add(workspace.asString());
        }
        return loaded;
    }

    /** The whole state as a fixture document that loads back into the same state. */
    public JsonNode exportFixture() {
        return http.tree("GET", "/_admin/fixtures", null);
    }

    /** One workspace ({@code vendor/slug}) as a fixture document. */
    public JsonNode exportFixture(String workspaceRef) {
        return http.tree("GET", "/_admin/fixtures" + AdminHttp.query(Map.of("workspace", workspaceRef)), null);
    }

    // ---- request journal -----------------------------------------------------------------------

    /** Matching recorded requests, newest first (at most 100). */
    public List<RecordedRequest> requests(RequestFilter filter) {
        return requests(filter, 100);
    }

    public List<RecordedRequest> requests(RequestFilter filter, int limit) {
        return http.get("/_admin/requests" + filter.toQuery(limit), JournalPage.class).requests();
    }

    public long count(RequestFilter filter) {
        return http.tree("GET", "/_admin/requests/count" + filter.toQuery(null), null).path("count").asLong();
    }

    /** Forgets every recorded request. */
    public void clearRequests() {
        http.send("DELETE", "/_admin/requests", null);
    }

    /**
     * Asserts that at least one recorded request matches and answers the matches, newest first.
     * The {@link AssertionError} lists the recorded requests that came closest.
     */
    public List<RecordedRequest> verify(RequestFilter filter) {
        List<RecordedRequest> found = requests(filter, 10_000);
        if (found.isEmpty()) {
            fail("at least one request", filter, 0);
        }
        return found;
    }

    /** Asserts that exactly {@code times} recorded requests match (0 for "never"). */
    public List<RecordedRequest> verify(int times, RequestFilter filter) {
        List<RecordedRequest> found = requests(filter, Math.max(1, Math.min(times + 1, 100_000)));
        long count = found.size() > times ? count(filter) : found.size();
        if (count != times) {
            fail(times + (times == 1 ? " request" : " requests"), filter, count);
        }
        return found;
    }

    private void fail(String expectation, RequestFilter filter, long found) {
        List<RecordedRequest> recent = requests(RequestFilter.all(), NEAR_MISS_WINDOW);
        throw new AssertionError(NearMisses.message(expectation, filter, found, recent));
    }

    // ---- faults --------------------------------------------------------------------------------

    public Fault addFault(FaultSpec fault) {
        return http.call("PUT", "/_admin/faults", fault.body(), Fault.View.class).fault();
    }

    public List<Fault> faults() {
        return http.get("/_admin/faults", new TypeReference<List<Fault.View>>() { }).stream()
                .map(Fault.View::fault).toList();
    }

    public void removeFault(String id) {
        http.send("DELETE", "/_admin/faults/" + AdminHttp.segment(id), null);
    }

    public void clearFaults() {
        http.send("DELETE", "/_admin/faults", null);
    }

    // ---- clock ---------------------------------------------------------------------------------

    public ClockState clock() {
        return http.get("/_admin/clock", ClockState.class);
    }

    /** Stops Teamgate's time at {@code instant}: rate-limit windows, day keys and expiry follow it. */
    public ClockState freezeClock(Instant instant) {
        return http.call("PUT", "/_admin/clock", Map.of("frozenAt", instant.toString()), ClockState.class);
    }

    /** Moves Teamgate's time forward, frozen or running. */
    public ClockState advanceClock(Duration by) {
        return http.call("PUT", "/_admin/clock", Map.of("advance", by.toString()), ClockState.class);
    }

    /** Back to real time. */
    public ClockState resetClock() {
        return http.call("DELETE", "/_admin/clock", null, ClockState.class);
    }

    // ---- rate limits ---------------------------------------------------------------------------

    public List<RateLimit> rateLimits() {
        return http.get("/_admin/rate-limits", new TypeReference<List<RateLimit>>() { });
    }

    public RateLimit rateLimit(Vendor vendor) {
        return rateLimits().stream().filter(r -> vendor.key().equals(r.vendor())).findFirst().orElseThrow();
    }

    /** Changes a vendor's policy at run time; its buckets start afresh. */
    public RateLimit setRateLimit(Vendor vendor, boolean enabled, long capacity, Duration period) {
        Map<String, Object> policy = new LinkedHashMap<>();
        policy.put("enabled", enabled);
        policy.put("capacity", capacity);
        policy.put("period", period.toString());
        return http.call("PUT", "/_admin/rate-limits/" + vendor.key(), policy, RateLimit.class);
    }

    /** Empties every live bucket of the vendor: the next request of a known caller gets the vendor's 429. */
    public RateLimit exhaustRateLimit(Vendor vendor) {
        return http.call("POST", "/_admin/rate-limits/" + vendor.key() + "/exhaust", null, RateLimit.class);
    }

    /** Empties one bucket, named as {@link RateLimit.Bucket#key()} lists it. */
    public RateLimit exhaustRateLimit(Vendor vendor, String bucketKey) {
        return http.call("POST", "/_admin/rate-limits/" + vendor.key() + "/exhaust"
                + AdminHttp.query(Map.of("key", bucketKey)), null, RateLimit.class);
    }

    public RateLimit refillRateLimit(Vendor vendor) {
        return http.call("POST", "/_admin/rate-limits/" + vendor.key() + "/reset", null, RateLimit.class);
    }

    // ---- outbound webhooks ---------------------------------------------------------------------

    /** Deliveries of every vendor, newest first. */
    public List<WebhookDelivery> webhookDeliveries() {
        return http.get("/_admin/webhooks/deliveries", DeliveryPage.class).deliveries();
    }

    /** One vendor's deliveries, optionally of one {@code event} (null: any), newest first. */
    public List<WebhookDelivery> webhookDeliveries(Vendor vendor, String event) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("vendor", vendor.key());
        parameters.put("event", event);
        return http.get("/_admin/webhooks/deliveries" + AdminHttp.query(parameters), DeliveryPage.class).deliveries();
    }

    public WebhookDelivery webhookDelivery(long id) {
        return http.get("/_admin/webhooks/deliveries/" + id, WebhookDelivery.class);
    }

    /** Sends a recorded delivery again, as a new delivery with the same body and headers. */
    public WebhookDelivery replayWebhookDelivery(long id) {
        return http.call("POST", "/_admin/webhooks/deliveries/" + id + "/replay", null, WebhookDelivery.class);
    }

    record JournalPage(long total, List<RecordedRequest> requests) {
    }

    record DeliveryPage(int count, List<WebhookDelivery> deliveries) {
    }
}
