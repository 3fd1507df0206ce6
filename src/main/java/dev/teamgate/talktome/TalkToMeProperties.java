package dev.teamgate.talktome;

import dev.teamgate.platform.ratelimit.RateLimitSettings;
import dev.teamgate.platform.vendor.VendorProperties;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code teamgate.talktome.*}.
 *
 * @param zone              where a day starts and ends, for the {@code today} of the access key and
 *                          for "is the person away today" in person-info
 * @param toleranceDays     keys of up to this many days before or after today also pass (0 = only today's)
 * @param acceptSecretAsKey sandbox convenience: the company secret itself passes as the key
 */
@ConfigurationProperties("teamgate.talktome")
record TalkToMeProperties(Integer nativePort,
                          @DefaultValue RateLimitSettings rateLimit,
                          @DefaultValue("UTC") ZoneId zone,
                          @DefaultValue("0") int toleranceDays,
                          @DefaultValue("false") boolean acceptSecretAsKey) implements VendorProperties {

    TalkToMeProperties {
        if (toleranceDays < 0 || toleranceDays > 366) {
            throw new IllegalArgumentException("teamgate.talktome.tolerance-days must be between 0 and 366");
        }
    }
}
