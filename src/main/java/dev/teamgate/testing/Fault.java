package dev.teamgate.testing;

import java.time.Duration;

/** An active fault rule as the control plane lists it, with the firings it has left (null: unlimited). */
public record Fault(String id, String vendor, String method, String path, Double probability, Integer times,
                    Duration delay, Duration delayMax, Integer status, String message, boolean drop,
                    Integer remaining) {

    /** The server's {@code {"rule":{…},"remaining":n}}. */
    record View(Fault rule, Integer remaining) {
        Fault fault() {
            return new Fault(rule.id, rule.vendor, rule.method, rule.path, rule.probability, rule.times, rule.delay,
                    rule.delayMax, rule.status, rule.message, rule.drop, remaining);
        }
    }
}
