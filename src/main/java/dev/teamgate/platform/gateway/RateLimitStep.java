package dev.teamgate.platform.gateway;

import dev.teamgate.platform.auth.Caller;
import dev.teamgate.platform.error.ApiProblem;
import dev.teamgate.platform.error.ErrorWriter;
import dev.teamgate.platform.error.ProblemKind;
import dev.teamgate.platform.ratelimit.RateLimitDecision;
import dev.teamgate.platform.ratelimit.RateLimitSettings;
import dev.teamgate.platform.ratelimit.RateLimiter;
import dev.teamgate.platform.vendor.VendorApi;
import java.io.IOException;
import lombok.RequiredArgsConstructor;

/**
 * Rate limiting: one token from the bucket of the caller's {@code credentialKey} (the client
 * address when anonymous) under the vendor's policy for that caller. The vendor's rate-limit
 * headers go on every limited response; an empty bucket is a 429 in the vendor's shape.
 */
@RequiredArgsConstructor
final class RateLimitStep implements GatewayStep {

    private final RateLimiter rateLimiter;
    private final ErrorWriter errors;

    @Override
    public Next handle(GatewayExchange exchange) throws IOException {
        VendorApi vendor = exchange.vendor();
        Caller caller = exchange.caller();
        RateLimitSettings settings = vendor.rateLimitPolicy().settingsFor(caller, rateLimiter.settings(vendor));
        String key = caller != null ? caller.credentialKey() : "address:" + exchange.request().getRemoteAddr();
        RateLimitDecision decision = rateLimiter.tryConsume(vendor.key(), key, settings);
        if (decision.limited()) {
            vendor.rateLimitHeaders().write(decision, exchange.response());
        }
        if (decision.allowed()) {
            return Next.CONTINUE;
        }
        ApiProblem problem = ApiProblem.of(ProblemKind.RATE_LIMITED, "Rate limit exceeded")
                .withRetryAfter(decision.retryAfter());
        errors.write(vendor.errorRenderer().render(problem), exchange.response());
        return Next.ANSWERED;
    }
}
