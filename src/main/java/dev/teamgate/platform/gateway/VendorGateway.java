package dev.teamgate.platform.gateway;

import dev.teamgate.platform.auth.AuthOutcome;
import dev.teamgate.platform.auth.Caller;
import dev.teamgate.platform.error.ApiProblem;
import dev.teamgate.platform.error.ErrorWriter;
import dev.teamgate.platform.error.ProblemKind;
import dev.teamgate.platform.fault.FaultInjector;
import dev.teamgate.platform.firewall.RequestPaths;
import dev.teamgate.platform.journal.JournalRecorder;
import dev.teamgate.platform.metrics.VendorMetrics;
import dev.teamgate.platform.nativeport.NativePorts;
import dev.teamgate.platform.nativeport.PrefixedRequest;
import dev.teamgate.platform.ratelimit.RateLimitDecision;
import dev.teamgate.platform.ratelimit.RateLimitSettings;
import dev.teamgate.platform.ratelimit.RateLimiter;
import dev.teamgate.platform.vendor.VendorApi;
import dev.teamgate.platform.vendor.VendorContext;
import dev.teamgate.platform.vendor.VendorRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingRequestWrapper;

/**
 * The request pipeline in one place. For a request under a vendor's prefix (or on its native
 * port) it runs that vendor's chain, in this order:
 * <ol>
 *   <li>fault injection: a matching rule delays, drops or answers the request;</li>
 *   <li>native-port mapping: the request is re-addressed under the vendor's prefix;</li>
 *   <li>journal capture: request and response bodies are teed, capped;</li>
 *   <li>authentication: the vendor's authenticator yields a caller, nobody, or a refusal;</li>
 *   <li>response decoration: headers every vendor response carries;</li>
 *   <li>rate limiting: one token per request from the bucket of the caller's key;</li>
 *   <li>the controller. Every answer comes from the database: nothing is replayed from memory.</li>
 * </ol>
 * Refusals at any step are rendered by the vendor's own error renderer. Other paths (control
 * plane, Swagger UI, Actuator) pass straight through.
 */
public class VendorGateway extends OncePerRequestFilter {

    private final VendorRegistry vendors;
    private final NativePorts nativePorts;
    private final RateLimiter rateLimiter;
    private final JournalRecorder journal;
    private final ErrorWriter errors;
    private final VendorMetrics metrics;
    private final FaultInjector faults;
    private final long maxBodySize;

    public VendorGateway(VendorRegistry vendors, NativePorts nativePorts, RateLimiter rateLimiter,
                         JournalRecorder journal, ErrorWriter errors, VendorMetrics metrics, FaultInjector faults,
                         long maxBodySize) {
        this.vendors = vendors;
        this.nativePorts = nativePorts;
        this.rateLimiter = rateLimiter;
        this.journal = journal;
        this.errors = errors;
        this.metrics = metrics;
        this.faults = faults;
        this.maxBodySize = maxBodySize;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpServletRequest addressed = request;
        Optional<VendorApi> nativeVendor = nativePorts.isEmpty()
                ? Optional.empty() : nativePorts.vendorForLocalPort(request.getLocalPort());
        if (nativeVendor.isPresent()) {
            addressed = new PrefixedRequest(request, nativeVendor.get().pathPrefix());
        }
        String path = RequestPaths.path(addressed); // decoded; the RequestFirewall vetted the raw spelling
        Optional<VendorApi> vendor = nativeVendor.or(() -> vendors.forPath(path));
        if (vendor.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        runVendorChain(vendor.get(), addressed, response, chain);
    }

    private void runVendorChain(VendorApi vendor, HttpServletRequest request, HttpServletResponse response,
                                FilterChain chain) throws IOException, ServletException {
        HttpServletRequest edged = vendor.edgeHandler().handle(request, response);
        if (edged == null) {
            return; // answered before authentication (a CORS preflight)
        }
        request = edged;
        long started = System.nanoTime();
        ContentCachingRequestWrapper cachingRequest =
                new ContentCachingRequestWrapper(limitBody(request), journal.bodyLimit());
        CappedTeeResponse teeResponse = new CappedTeeResponse(response, journal.bodyLimit());
        VendorContext.set(cachingRequest, vendor);
        Caller caller = null;
        String fault = null;
        boolean dropped = false;
        try {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            Optional<FaultInjector.Applied> injected = faults.apply(vendor, request.getMethod(), path, teeResponse);
            if (injected.isPresent()) {
                fault = injected.get().rule().id();
                dropped = injected.get().rule().drop();
                if (injected.get().answered()) {
                    return;
                }
            }
            AuthOutcome outcome = vendor.authenticator().authenticate(cachingRequest);
            caller = outcome.caller();
            if (caller != null) {
                cachingRequest.setAttribute(Caller.ATTRIBUTE, caller);
            }
            vendor.responseDecorator().decorate(cachingRequest, teeResponse, caller);
            if (request.getContentLengthLong() > maxBodySize && !isMultipart(request)) {
                errors.write(vendor.errorRenderer().render(ApiProblem.of(ProblemKind.PAYLOAD_TOO_LARGE,
                        "The request body is larger than " + maxBodySize + " bytes")), teeResponse);
                return;
            }
            if (outcome.isRefused()) {
                errors.write(vendor.errorRenderer().render(outcome.refusal()), teeResponse);
                return;
            }
            RateLimitSettings settings = vendor.rateLimitPolicy()
                    .settingsFor(caller, rateLimiter.settings(vendor));
            String key = caller != null ? caller.credentialKey() : "address:" + request.getRemoteAddr();
            RateLimitDecision decision = rateLimiter.tryConsume(vendor.key(), key, settings);
            if (decision.limited()) {
                vendor.rateLimitHeaders().write(decision, teeResponse);
            }
            if (!decision.allowed()) {
                ApiProblem problem = ApiProblem.of(ProblemKind.RATE_LIMITED, "Rate limit exceeded")
                        .withRetryAfter(decision.retryAfter());
                errors.write(vendor.errorRenderer().render(problem), teeResponse);
                return;
            }
            chain.doFilter(cachingRequest, teeResponse);
        } finally {
            long nanos = System.nanoTime() - started;
            int status = dropped ? 0 : teeResponse.getStatus();
            journal.record(vendor, cachingRequest, teeResponse, status, teeResponse.copiedBody(), nanos / 1_000_000,
                    caller, fault);
            metrics.request(vendor.key(), request.getMethod(), status, Duration.ofNanos(nanos));
        }
    }

    /** Multipart uploads have their own, larger limits (Spring's and the vendor's). */
    private HttpServletRequest limitBody(HttpServletRequest request) {
        return isMultipart(request) ? request : new LimitedBodyRequest(request, maxBodySize);
    }

    static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
    }
}
