package dev.teamgate.platform.ratelimit;

import dev.teamgate.platform.auth.Caller;
import org.jspecify.annotations.Nullable;

/**
 * Which limit applies to a request. Most vendors have one limit for every caller; some vary it
 * (per plan, for example), which is why the caller is passed in.
 */
@FunctionalInterface
public interface RateLimitPolicy {

    /** The settings for this caller ({@code null} when unauthenticated), given the vendor's base settings. */
    RateLimitSettings settingsFor(@Nullable Caller caller, RateLimitSettings base);

    RateLimitPolicy SAME_FOR_EVERYONE = (caller, base) -> base;
}
