package dev.teamgate.testing;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A fault rule to add ({@code PUT /_admin/faults}). Matching on vendor, method and path (exact or Ant
 * pattern), firing with {@code probability} or for the next {@code times} requests, then a delay,
 * a dropped connection, or the vendor's own error body with {@code status}. Immutable:
 * {@code FaultSpec.status(Vendor.FLOWDOCK, 503).path("/flowdock/flows/**").times(1)}.
 */
public record FaultSpec(String vendor, String method, String path, Double probability, Integer times,
                        Duration delay, Duration delayMax, Integer status, String message, Boolean drop) {

    /** Answer {@code status} in the vendor's error shape. */
    public static FaultSpec status(Vendor vendor, int status) {
        return new FaultSpec(vendor.key(), null, null, null, null, null, null, status, null, null);
    }

    /** Wait before the request proceeds (or before the other effects). */
    public static FaultSpec delay(Vendor vendor, Duration delay) {
        return new FaultSpec(vendor.key(), null, null, null, null, delay, null, null, null, null);
    }

    /** Close the connection without an answer. */
    public static FaultSpec drop(Vendor vendor) {
        return new FaultSpec(vendor.key(), null, null, null, null, null, null, null, null, true);
    }

    public FaultSpec method(String method) {
        return new FaultSpec(vendor, method, path, probability, times, delay, delayMax, status, message, drop);
    }

    public FaultSpec path(String path) {
        return new FaultSpec(vendor, method, path, probability, times, delay, delayMax, status, message, drop);
    }

    public FaultSpec probability(double probability) {
        return new FaultSpec(vendor, method, path, probability, times, delay, delayMax, status, message, drop);
    }

    public FaultSpec times(int times) {
        return new FaultSpec(vendor, method, path, probability, times, delay, delayMax, status, message, drop);
    }

    public FaultSpec delay(Duration delay, Duration delayMax) {
        return new FaultSpec(vendor, method, path, probability, times, delay, delayMax, status, message, drop);
    }

    public FaultSpec message(String message) {
        return new FaultSpec(vendor, method, path, probability, times, delay, delayMax, status, message, drop);
    }

    /** The JSON body; durations as ISO-8601 text whatever the mapper's defaults. */
    Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("vendor", vendor);
        body.put("method", method);
        body.put("path", path);
        body.put("probability", probability);
        body.put("times", times);
        body.put("delay", delay == null ? null : delay.toString());
        body.put("delayMax", delayMax == null ? null : delayMax.toString());
        body.put("status", status);
        body.put("message", message);
        body.put("drop", drop);
        body.values().removeIf(java.util.Objects::isNull);
        return body;
    }
}
