package dev.teamgate.talktome;

import dev.teamgate.platform.ratelimit.RateLimitSettings;
import dev.teamgate.platform.vendor.VendorProperties;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code teamgate.talktome.*}.
 *
 * @param zone              where a day starts and ends, for the {@code today} of the access key and
 *                          for "is the person away today" in person-info
 * @param keyZones          zones whose midnight key of the current day passes, besides {@code zone}'s:
 *                          by default UTC and Europe/Berlin (the vendor is German and its zone is
 *                          unseen); {@code UTC} alone is the strict reading of the formula
 * @param toleranceDays     keys of up to this many days before or after today also pass (0 = only today's)
 * @param acceptSecretAsKey sandbox convenience: the company secret itself passes as the key
 */
@ConfigurationProperties("teamgate.talktome")
record TalkToMeProperties(Integer nativePort,
                          @DefaultValue RateLimitSettings rateLimit,
                          @DefaultValue("UTC") ZoneId zone,
                          @DefaultValue({"UTC", "Europe/Berlin"}) List<ZoneId> keyZones,
                          @DefaultValue("0") int toleranceDays,
                          @DefaultValue("false") boolean acceptSecretAsKey) implements VendorProperties {

    TalkToMeProperties {
        if (toleranceDays < 0 || toleranceDays > 366) {
            throw new IllegalArgumentException("teamgate.talktome.tolerance-days must be between 0 and 366");
        }
        keyZones = keyZones == null ? List.of() : List.copyOf(keyZones);
    }

    /** Every zone whose day's key passes: {@code zone} first, then {@code key-zones}, each once. */
    Set<ZoneId> acceptedKeyZones() {
        Set<ZoneId> zones = new LinkedHashSet<>();
        zones.add(zone);
        zones.addAll(keyZones);
        return zones;
    }
}
