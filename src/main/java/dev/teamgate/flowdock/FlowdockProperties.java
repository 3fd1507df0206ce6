package dev.teamgate.flowdock;

import dev.teamgate.platform.ratelimit.RateLimitSettings;
import dev.teamgate.platform.vendor.VendorProperties;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code teamgate.flowdock.*}. Flowdock documents no REST rate limit, so the limiter is off unless
 * {@code rate-limit.enabled} is set.
 *
 * @param streamKeepAlive how often an idle stream gets a keep-alive line
 * @param webUrl          the base of the {@code web_url} and {@code join_url} links (the web app is not emulated)
 * @param maxUploadBytes  the largest file a {@code file} message may carry
 * @param filesDirectory  where uploaded files are kept for {@code GET /files/...} (default: the server
 *                        instance's own temporary directory, deleted at shutdown)
 * @param oauth           lifetimes of OAuth authorization codes and access tokens
 */
@ConfigurationProperties("teamgate.flowdock")
record FlowdockProperties(Integer nativePort,
                          @DefaultValue RateLimitSettings rateLimit,
                          @DefaultValue("25s") Duration streamKeepAlive,
                          @DefaultValue("https://www.flowdock.com") String webUrl,
                          @DefaultValue("700000") int maxUploadBytes,
                          java.nio.file.Path filesDirectory,
                          @DefaultValue OAuthSettings oauth) implements VendorProperties {

    /** {@code teamgate.flowdock.oauth.*}: refresh tokens never expire (they are rotated on use). */
    record OAuthSettings(@DefaultValue("10m") Duration codeLifetime,
                         @DefaultValue("2h") Duration accessTokenLifetime) {
    }
}
