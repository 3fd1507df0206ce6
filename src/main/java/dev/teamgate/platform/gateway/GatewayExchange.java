package dev.teamgate.platform.gateway;

import dev.teamgate.platform.auth.AuthOutcome;
import dev.teamgate.platform.auth.Caller;
import dev.teamgate.platform.vendor.VendorApi;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.ContentCachingRequestWrapper;

/**
 * One vendor request on its way through the {@link GatewayStep}s: the vendor that owns it, the
 * request and response as the steps so far have wrapped them, and what the steps found out.
 */
final class GatewayExchange {

    private final VendorApi vendor;
    private HttpServletRequest request;
    private HttpServletResponse response;
    private @Nullable ContentCachingRequestWrapper captured;
    private @Nullable CappedTeeResponse tee;
    private long startedNanos;
    private AuthOutcome outcome = AuthOutcome.anonymous();
    private @Nullable String faultId;
    private boolean dropped;

    GatewayExchange(VendorApi vendor, HttpServletRequest request, HttpServletResponse response) {
        this.vendor = vendor;
        this.request = request;
        this.response = response;
    }

    VendorApi vendor() {
        return vendor;
    }

    /** The request as the next step should see it. */
    HttpServletRequest request() {
        return request;
    }

    HttpServletResponse response() {
        return response;
    }

    /** A step re-addressed the request (the vendor's edge handler). */
    void readdress(HttpServletRequest readdressed) {
        this.request = readdressed;
    }

    /** From here on the request's body and the response are captured for the journal. */
    void capture(ContentCachingRequestWrapper capturedRequest, CappedTeeResponse teeResponse, long nanos) {
        this.captured = capturedRequest;
        this.tee = teeResponse;
        this.request = capturedRequest;
        this.response = teeResponse;
        this.startedNanos = nanos;
    }

    /** The captured request, or null when the chain ended before capture. */
    @Nullable ContentCachingRequestWrapper captured() {
        return captured;
    }

    @Nullable CappedTeeResponse tee() {
        return tee;
    }

    long startedNanos() {
        return startedNanos;
    }

    AuthOutcome outcome() {
        return outcome;
    }

    void authenticated(AuthOutcome result) {
        this.outcome = result;
    }

    /** The caller the authenticator named, or null for nobody (anonymous or refused). */
    @Nullable Caller caller() {
        return outcome.caller();
    }

    void faultFired(String ruleId, boolean droppedConnection) {
        this.faultId = ruleId;
        this.dropped = droppedConnection;
    }

    @Nullable String faultId() {
        return faultId;
    }

    /** The connection was dropped by a fault: the journal records status 0. */
    boolean dropped() {
        return dropped;
    }
}
