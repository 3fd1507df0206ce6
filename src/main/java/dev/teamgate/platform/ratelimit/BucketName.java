package dev.teamgate.platform.ratelimit;

import java.time.Duration;

/** A bucket's name encodes whose it is and its policy, so a stored bucket can be rebuilt from its name. */
record BucketName(String vendor, String key, RateLimitSettings settings) {

    static BucketName of(String vendor, String key, RateLimitSettings settings) {
        return new BucketName(vendor, key, settings);
    }

    static BucketName parse(String name) {
        int first = name.indexOf('|');
        int last = name.lastIndexOf('|');
        String[] policy = name.substring(last + 1).split("/");
        return new BucketName(name.substring(0, first), name.substring(first + 1, last),
                new RateLimitSettings(true, Long.parseLong(policy[0]), Duration.ofMillis(Long.parseLong(policy[1]))));
    }

    @Override
    public String toString() {
        return vendor + "|" + key + "|" + settings.capacity() + "/" + settings.period().toMillis();
    }
}
