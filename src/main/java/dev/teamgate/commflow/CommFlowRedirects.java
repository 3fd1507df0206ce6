package dev.teamgate.commflow;

import dev.teamgate.platform.openapi.HandlerStatuses;
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

    private static final String REDIRECT = "302=Redirect to the app's redirect_uri with `code` and `state`, "
            + "or with `error` and `error_description` when the request is refused.";

    private static final String UNKNOWN_CLIENT = "401=`{\"error\":\"invalid_client\"}` (RFC 6749 §5.2): the client "
            + "id or secret is wrong.";

    @Bean
    HandlerStatuses commFlowHandlerStatuses() {
        return new HandlerStatuses(CommFlowRedirects.class, Map.of(
                "OAuthController#authorize", List.of(REDIRECT),
                "OAuthController#decide", List.of(REDIRECT, "-200"),
                "OAuthController#token", List.of(UNKNOWN_CLIENT),
                "OAuthController#tokenFromJson", List.of(UNKNOWN_CLIENT)));
    }
}
