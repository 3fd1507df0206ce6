package dev.teamgate.commflow;

import dev.teamgate.platform.ratelimit.RateLimitSettings;
import dev.teamgate.platform.vendor.VendorProperties;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;

/**
 * CommFlow settings under {@code teamgate.commflow.*}.
 *
 * @param nativePort a port serving the API at its root ({@code /v1/...}, {@code /oauth/...}), or null
 * @param limit      {@code rate-limit.*}: CommFlow limits by default, unlike the platform's
 *                   {@link RateLimitSettings} (off), so the keys are bound to a record with
 *                   CommFlow's defaults and setting one of them keeps the others. {@code enabled} and
 *                   {@code period} apply to every plan; {@code capacity} to callers without a known
 *                   plan (the open OAuth endpoints, per client address)
 * @param plans      requests per period for each workspace plan
 * @param oauth      token and code lifetimes
 */
@ConfigurationProperties("teamgate.commflow")
record CommFlowProperties(Integer nativePort, @Name("rate-limit") @DefaultValue BaseLimit limit,
                          @DefaultValue PlanLimits plans, @DefaultValue OAuthSettings oauth) implements VendorProperties {

    @Override
    public RateLimitSettings rateLimit() {
        return new RateLimitSettings(limit.enabled(), limit.capacity(), limit.period());
    }

    record BaseLimit(@DefaultValue("true") boolean enabled, @DefaultValue("60") long capacity,
                     @DefaultValue("1m") Duration period) {
    }

    /** CommFlow's documented per-minute limits per plan. */
    record PlanLimits(@DefaultValue("60") long starter, @DefaultValue("300") long professional,
                      @DefaultValue("1000") long business) {
    }

    record OAuthSettings(@DefaultValue("1h") Duration accessTokenLifetime,
                         @DefaultValue("30d") Duration refreshTokenLifetime,
                         @DefaultValue("10m") Duration codeLifetime) {
    }
}
