package dev.teamgate.platform.gateway;

import dev.teamgate.platform.error.ErrorWriter;
import dev.teamgate.platform.fault.FaultInjector;
import dev.teamgate.platform.journal.JournalRecorder;
import dev.teamgate.platform.metrics.VendorMetrics;
import dev.teamgate.platform.nativeport.NativePorts;
import dev.teamgate.platform.ratelimit.RateLimiter;
import dev.teamgate.platform.slowclient.BodyReplay;
import dev.teamgate.platform.vendor.VendorRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The request pipeline in one place. {@link VendorRouter} picks the vendor that owns the request
 * (re-addressing a native-port request under its prefix); other paths (control plane, Swagger UI,
 * Actuator) pass straight through. A vendor request runs {@link #steps} in this order, each of
 * which may answer it and end the chain, then the controller, then {@link JournalStep} whatever
 * happened after capture. Refusals at any step are rendered by the vendor's own error renderer.
 * Every answer comes from the database: nothing is replayed from memory.
 */
public class VendorGateway extends OncePerRequestFilter {

    private final VendorRouter router;
    private final List<GatewayStep> steps;
    private final JournalStep journal;

    public VendorGateway(VendorRegistry vendors, NativePorts nativePorts, RateLimiter rateLimiter,
                         JournalRecorder journal, ErrorWriter errors, VendorMetrics metrics, FaultInjector faults,
                         long maxBodySize) {
        this.router = new VendorRouter(vendors, nativePorts);
        this.steps = List.of(
                new EdgeStep(),                                      // vendor edge: CORS preflight, URL spellings
                new CaptureStep(journal.bodyLimit(), maxBodySize),   // journal capture, body limit
                new FaultStep(faults),                               // injected delay, drop or error
                new AuthenticationStep(),                            // caller, nobody, or a refusal
                new DecorationStep(),                                // headers on every answer
                new BodySizeStep(errors, maxBodySize),               // declared length too large: 413
                new RefusalStep(errors),                             // the authenticator's refusal
                new RateLimitStep(rateLimiter, errors));             // one token, or 429
        this.journal = new JournalStep(journal, metrics);
    }

    /** A request replayed with its buffered body is this filter's first pass, not a later async dispatch. */
    @Override
    protected boolean isAsyncDispatch(HttpServletRequest request) {
        return BodyReplay.isAsyncDispatch(super.isAsyncDispatch(request), request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<VendorRouter.Routed> routed = router.route(request);
        if (routed.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        GatewayExchange exchange = new GatewayExchange(routed.get().vendor(), routed.get().request(), response);
        try {
            for (GatewayStep step : steps) {
                if (step.handle(exchange) == GatewayStep.Next.ANSWERED) {
                    return;
                }
            }
            chain.doFilter(exchange.request(), exchange.response());
        } finally {
            journal.record(exchange);
        }
    }
}
