package dev.teamgate.commflow;

import dev.teamgate.platform.openapi.OpenApiTags;
import dev.teamgate.platform.vendor.VendorApi;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The CommFlow REST API v1 at {@code /commflow/v1}, its OAuth endpoints at {@code /commflow/oauth}. */
@Configuration(proxyBeanMethods = false)
class CommFlowConfiguration {

    static final String KEY = "commflow";

    @Bean
    VendorApi commFlowApi(CommFlowProperties properties, CommFlowAuthenticator authenticator) {
        return VendorApi.builder(KEY)
                .displayName("CommFlow")
                .pathPrefix("/commflow")
                .baseUrlPath("/commflow/v1")
                .description("CommFlow REST API v1: conversations, messages, contacts, tickets and webhooks, with "
                        + "sk_live_/sk_test_ API keys or OAuth 2.0 access tokens. Demo keys: /_admin/credentials?vendor=commflow")
                .errorRenderer(CommFlowErrors::render)
                .documentedErrors(CommFlowErrors.documented())
                .openApiCustomizer(openApi -> OpenApiTags.order(openApi, List.of("Me", "Conversations", "Messages",
                        "Contacts", "Tickets", "Webhooks", "OAuth 2.0"), List.of()))
                .jsonWhateverAccept(true)
                .authenticator(authenticator)
                .rateLimit(properties.rateLimit())
                .rateLimitPolicy(CommFlowRateLimits.policy(properties.plans()))
                .rateLimitHeaders(CommFlowRateLimits::writeHeaders)
                .nativePort(properties.nativePort())
                .securityScheme("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .description("An API key (sk_live_… or sk_test_…) or an OAuth access token. Demo: "
                                + "sk_live_teamgate_professional (workspace my-workspace, every scope)"))
                // Not "code": CommFlow's error bodies carry error codes under that name, and an
                // authorization code is single-use and short-lived. Secrets and tokens are masked
                // for every vendor already.
                .sensitiveParameters(Set.of("code_verifier"))
                .workspaceCopyHook(new CommFlowWorkspaceCopy())
                .build();
    }
}
