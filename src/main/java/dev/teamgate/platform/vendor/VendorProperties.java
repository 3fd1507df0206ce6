package dev.teamgate.platform.vendor;

import dev.teamgate.platform.ratelimit.RateLimitSettings;

/**
 * The settings every vendor has, under {@code teamgate.<vendor>.*}. Each vendor's own
 * {@code <Vendor>Properties} record exposes these plus its own.
 */
public interface VendorProperties {

    /** A second port serving this vendor's paths at the root, or null for none. */
    Integer nativePort();

    RateLimitSettings rateLimit();
}
