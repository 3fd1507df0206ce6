package dev.teamgate.commflow;

import dev.teamgate.platform.ratelimit.RateLimitSettings;
import dev.teamgate.platform.vendor.VendorProperties;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * CommFlow settings under {@code teamgate.commflow.*}.
 *
 * @param nativePort  a port serving the API at its root ({@code /v1/...}, {@code /oauth/...}), or null
 * @param rateLimit   the platform limit: {@code enabled} and {@code period} apply to every plan,
 *                    {@code capacity} to requests without a known plan (anonymous OAuth calls).
 *                    Deliberately without {@code @DefaultValue}: CommFlow limits by default
 *                    (60 per minute), so an unset block means "on", while the platform's
 *                    {@code RateLimitSettings} defaults to off. Setting any {@code rate-limit.*}
 *                    key binds that record, so set {@code enabled=true} alongside other keys.
 * @param plans       requests per period for each workspace plan
 * @param oauth       token and code lifetimes
 */
@ConfigurationProperties("teamgate.commflow")
record CommFlowProperties(Integer nativePort, RateLimitSettings rateLimit, @DefaultValue PlanLimits plans,
                          @DefaultValue OAuthSettings oauth) implements VendorProperties {

    static final RateLimitSettings DEFAULT_RATE_LIMIT = new RateLimitSettings(true, 60, Duration.ofMinutes(1));

    CommFlowProperties {
        rateLimit = rateLimit == null ? DEFAULT_RATE_LIMIT : rateLimit;
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
