package dev.teamgate.teamfluence;

import dev.teamgate.domain.account.AccountRepository;
import dev.teamgate.domain.credential.CredentialService;
import dev.teamgate.domain.workspace.WorkspaceRepository;
import dev.teamgate.platform.openapi.OpenApiTags;
import dev.teamgate.platform.vendor.VendorApi;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Teamfluence external API. It lives under {@code /teamfluence}; its paths are
 * {@code /external/{profile_id}/...} as on {@code https://api.teamfluence.app}, so the base URL is
 * {@code /teamfluence/external} on the main port and {@code /external} on the native port.
 */
@Configuration(proxyBeanMethods = false)
class TeamfluenceConfiguration {

    static final String KEY = "teamfluence";
    private static final String PREFIX = "/teamfluence";
    static final String API_BASE = PREFIX + "/external";

    @Bean
    VendorApi teamfluenceApi(TeamfluenceProperties properties, CredentialService credentials,
                             WorkspaceRepository workspaces, AccountRepository accounts) {
        return VendorApi.builder(KEY)
                .displayName("Teamfluence")
                .description("Teamfluence external API: the teamspace's feed posts and the leads engaging with them. "
                        + "Base URL " + API_BASE + "; send Authorization: Bearer <personal API key>.")
                .pathPrefix(PREFIX)
                .baseUrlPath("/teamfluence/external")
                .authenticator(new TeamfluenceAuthenticator(credentials, workspaces, accounts, API_BASE))
                .errorRenderer(new TeamfluenceErrors())
                .documentedErrors(TeamfluenceErrors.documented())
                .openApiCustomizer(openApi -> OpenApiTags.order(openApi, List.of("Posts", "Leads"), List.of()))
                .rateLimit(properties.rateLimit())
                .nativePort(properties.nativePort())
                .securityScheme("apiKey", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .description("Personal API key of an Administrator or Teamspace Owner. Demo: "
                                + "tfk_growth_steven_owner_key, for profile_id 2f6b1c3e-8a4d-4e5f-9b7a-1c2d3e4f5a6b"))
                .build();
    }
}
