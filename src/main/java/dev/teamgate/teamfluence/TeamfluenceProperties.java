package dev.teamgate.teamfluence;

import dev.teamgate.platform.ratelimit.RateLimitSettings;
import dev.teamgate.platform.vendor.VendorProperties;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;

/**
 * {@code teamgate.teamfluence.*}. Teamfluence limits each personal API key per second, so unlike
 * the platform's {@link RateLimitSettings} defaults (off) the limit here is on by default, at
 * 5 requests per second; {@code rate-limit.*} is bound to a record with those defaults so that
 * setting one key (say {@code capacity}) keeps the others.
 */
@ConfigurationProperties("teamgate.teamfluence")
record TeamfluenceProperties(Integer nativePort, @Name("rate-limit") @DefaultValue PerKeyLimit perKeyLimit)
        implements VendorProperties {

    @Override
    public RateLimitSettings rateLimit() {
        return new RateLimitSettings(perKeyLimit.enabled(), perKeyLimit.capacity(), perKeyLimit.period());
    }

    record PerKeyLimit(@DefaultValue("true") boolean enabled, @DefaultValue("5") long capacity,
                       @DefaultValue("1s") Duration period) {
    }
}
