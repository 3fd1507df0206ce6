package dev.teamgate.platform.fault;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * A fault to inject before matching requests reach the endpoint. Matching: {@code vendor},
 * {@code method} and {@code path} (exact, or an Ant pattern with {@code *} and {@code **}); each
 * null matches anything. Firing: with {@code probability} (default 1), for the next {@code times}
 * matching requests only when set. Effect, in order: wait {@code delay} (random up to
 * {@code delayMax} when given), then drop the connection ({@code drop}) or answer {@code status}
 * with the vendor's error body; with neither, the request proceeds after the delay.
 */
public record FaultRule(@Nullable String id, @Nullable String vendor, @Nullable String method, @Nullable String path,
                        @Nullable Double probability, @Nullable Integer times, @Nullable Duration delay,
                        @Nullable Duration delayMax, @Nullable Integer status, @Nullable String message, boolean drop) {
}
