package dev.teamgate.platform.openapi;

import dev.teamgate.platform.auth.Caller;
import dev.teamgate.platform.vendor.VendorApi;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import java.util.Map;
import org.springdoc.core.models.GroupedOpenApi;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.ObjectMapper;

/**
 * One OpenAPI group per vendor, derived from its {@link VendorApi} bean (path prefix and security
 * schemes, so Swagger UI's "Authorize" works), plus the {@code admin} group. Vendors declare
 * nothing OpenAPI-specific beyond their controllers' annotations.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiGroups {

    static {
        // Controllers take the authenticated Caller as a parameter; it is not part of any request.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
    }

    @Bean
    static VendorOpenApiGroupRegistrar vendorOpenApiGroups() {
        return new VendorOpenApiGroupRegistrar();
    }

    /** Schemas as Jackson 3 writes them (springdoc reads Jackson 2's annotations only). */
    @Bean
    static JacksonThreeSchemas jacksonThreeSchemas() {
        return new JacksonThreeSchemas();
    }

    @Bean
    GroupedOpenApi adminOpenApiGroup(ObjectProvider<BuildProperties> build) {
        String version = version(build);
        return GroupedOpenApi.builder()
                .group("admin")
                .displayName("Teamgate control plane")
                .pathsToMatch("/_admin/**")
                .addOpenApiCustomizer(openApi -> {
                    openApi.info(new Info().title("Teamgate control plane").version(version)
                            .description("Reset, fixtures, workspaces, request journal, faults, clock, rate limits, "
                                    + "webhook deliveries and sandbox credentials."));
                    if (openApi.getComponents() == null) {
                        openApi.components(new Components());
                    }
                    openApi.getComponents().addSecuritySchemes("adminToken", new SecurityScheme()
                            .type(SecurityScheme.Type.HTTP).scheme("bearer")
                            .description("Needed only when teamgate.admin.token is set; any value works otherwise."));
                    openApi.addSecurityItem(new SecurityRequirement().addList("adminToken"));
                    OpenApiTidying.fillMissingParameterSchemas(openApi);
                    OpenApiTidying.fillMissingSummaries(openApi);
                    // First what a newcomer needs (keys, a workspace, a clean state), then test tools.
                    OpenApiTags.order(openApi, List.of("Sandbox credentials", "Workspaces", "Reset", "Fixtures",
                            "Request journal", "Faults", "Rate limits", "Clock", "Outbound webhooks"), List.of("Health"));
                    OpenApiTidying.declareAdminRefusals(openApi);
                    OpenApiTidying.describeTags(openApi);
                    OpenApiTidying.sortResponses(openApi);
                })
                .build();
    }

    /** One vendor's group; the factory method of the beans {@link VendorOpenApiGroupRegistrar} registers. */
    static GroupedOpenApi groupFor(VendorApi vendor, ObjectProvider<BuildProperties> build, ObjectMapper json,
                                   Environment environment) {
        String version = version(build);
        // The same setting and default as the gateway's BodySizeStep, so the 413 example names the real limit.
        long maxBodyBytes = Binder.get(environment).bind("teamgate.http.max-body-size", DataSize.class)
                .orElse(DataSize.ofMegabytes(10)).toBytes();
        return GroupedOpenApi.builder()
                .group(vendor.key())
                .displayName(vendor.displayName())
                .pathsToMatch(vendor.pathPrefix() + "/**")
                .addOpenApiCustomizer(openApi -> {
                    openApi.info(new Info().title(vendor.displayName() + " (Teamgate emulation)")
                            .version(version).description(vendor.description()));
                    vendor.openApiCustomizer().customise(openApi);
                    VendorErrorResponses.declare(openApi, vendor, json, maxBodyBytes);
                    OpenApiTidying.fillMissingParameterSchemas(openApi);
                    OpenApiTidying.fillMissingSummaries(openApi);
                    OpenApiTidying.describeTags(openApi);
                    OpenApiTidying.sortResponses(openApi);
                    if (openApi.getComponents() == null) {
                        openApi.components(new Components());
                    }
                    if (vendor.securitySchemes().isEmpty()) {
                        // No header credential (the secret is in the URL, or none is needed): say so
                        // explicitly with an empty requirement rather than leaving security undefined.
                        openApi.addSecurityItem(new SecurityRequirement());
                    }
                    for (Map.Entry<String, SecurityScheme> scheme
                            : vendor.securitySchemes().entrySet()) {
                        openApi.getComponents().addSecuritySchemes(scheme.getKey(), scheme.getValue());
                        openApi.addSecurityItem(new SecurityRequirement().addList(scheme.getKey()));
                    }
                })
                .build();
    }

    private static String version(ObjectProvider<BuildProperties> build) {
        BuildProperties properties = build.getIfAvailable();
        return properties == null ? "dev" : properties.getVersion();
    }
}
