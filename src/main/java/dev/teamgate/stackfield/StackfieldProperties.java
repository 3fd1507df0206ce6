package dev.teamgate.stackfield;

import dev.teamgate.platform.ratelimit.RateLimitSettings;
import dev.teamgate.platform.vendor.VendorProperties;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;
import org.springframework.util.unit.DataSize;

/**
 * {@code teamgate.stackfield.*}.
 *
 * @param callLimit           {@code rate-limit.*}: Stackfield processes one request per second per
 *                            webhook URL, so unlike the platform's default the limit is on unless
 *                            switched off. (Bound under the usual key through {@link Name}; its own
 *                            record only because {@link RateLimitSettings} defaults to off.)
 * @param doubleRequestWindow how long the same body to the same URL counts as a double request (4057)
 * @param maxBodySize         the largest JSON body read; larger ones are answered 4034
 * @param maxUsersPerRequest  the most entries a {@code Users} list may have (4073 above it)
 */
@ConfigurationProperties("teamgate.stackfield")
record StackfieldProperties(
        Integer nativePort,
        @Name("rate-limit") @DefaultValue CallLimit callLimit,
        @DefaultValue("10s") Duration doubleRequestWindow,
        @DefaultValue("8MB") DataSize maxBodySize,
        @DefaultValue("100") int maxUsersPerRequest,
        @DefaultValue Files files) implements VendorProperties {

    @Override
    public RateLimitSettings rateLimit() {
        return new RateLimitSettings(callLimit.enabled(), callLimit.capacity(), callLimit.period());
    }

    /** {@code rate-limit.*}: enabled, capacity requests per period, per webhook URL. */
    record CallLimit(@DefaultValue("true") boolean enabled, @DefaultValue("1") long capacity,
                     @DefaultValue("1s") Duration period) {
    }

    /**
     * {@code files.*}: where uploads go (default: {@code stackfield-files} in the server instance's own
     * temporary directory, deleted at shutdown)
     * and the limits Stackfield documents (1 GB per file) plus the organization's storage.
     */
    record Files(Path directory,
                 @DefaultValue("1GB") DataSize maxFileSize,
                 @DefaultValue("1GB") DataSize organizationStorage,
                 @DefaultValue({"exe", "bat", "cmd", "com", "msi", "scr", "vbs"}) List<String> blockedExtensions) {
    }
}
