package dev.teamgate.testvendor;

import dev.teamgate.platform.ratelimit.RateLimitSettings;
import dev.teamgate.platform.vendor.VendorProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

@ConfigurationProperties("teamgate.testvendor")
record TestVendorProperties(Integer nativePort, @DefaultValue RateLimitSettings rateLimit) implements VendorProperties {
}
