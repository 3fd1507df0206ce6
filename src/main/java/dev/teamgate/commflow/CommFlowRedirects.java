package dev.teamgate.commflow;

import dev.teamgate.platform.openapi.HandlerStatuses;
import dev.teamgate.platform.openapi.OAuthStatuses;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OAuth authorization endpoint's redirects, decided at run time: back to the app's redirect URI
 * with a code, or with an OAuth error ({@code error}, {@code error_description}, {@code state}). The
 * consent page's answer only ever redirects. The token endpoint refuses an unknown client with 401.
 */
@Configuration(proxyBeanMethods = false)
class CommFlowRedirects {

    @Bean
    HandlerStatuses commFlowHandlerStatuses() {
        return new HandlerStatuses(CommFlowRedirects.class, Map.of(
                "OAuthController#authorize", List.of(OAuthStatuses.REDIRECT),
                "OAuthController#decide", List.of(OAuthStatuses.REDIRECT, "-200"),
                "OAuthController#token", List.of(OAuthStatuses.INVALID_CLIENT),
                "OAuthController#tokenFromJson", List.of(OAuthStatuses.INVALID_CLIENT)));
    }
}
