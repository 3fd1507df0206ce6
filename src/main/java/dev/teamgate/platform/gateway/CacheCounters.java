package dev.teamgate.platform.gateway;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The three counters every gateway cache reports under one meter name: {@code hit} (given from
 * memory), {@code miss} (computed) and {@code kept} (a computed result stored).
 */
record CacheCounters(Counter hits, Counter misses, Counter kept) {

    static CacheCounters register(MeterRegistry registry, String name, String description) {
        return new CacheCounters(counter(registry, name, description, "hit"),
                counter(registry, name, description, "miss"), counter(registry, name, description, "kept"));
    }

    private static Counter counter(MeterRegistry registry, String name, String description, String result) {
        return Counter.builder(name).description(description).tag("result", result).register(registry);
    }
}
