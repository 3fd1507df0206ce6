package dev.teamgate.platform.openapi;

import dev.teamgate.platform.vendor.VendorApi;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.Map;
import org.springdoc.core.models.GroupedOpenApi;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One OpenAPI group per vendor, derived from its {@link VendorApi} bean (path prefix and security
 * schemes, so Swagger UI's "Authorize" works), plus the {@code admin} group. Vendors declare
 * nothing OpenAPI-specific beyond their controllers' annotations.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiGroups {

    @Bean
    static BeanDefinitionRegistryPostProcessor vendorOpenApiGroups() {
        return new BeanDefinitionRegistryPostProcessor() {
            @Override
            public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
                // Groups are registered in postProcessBeanFactory, once bean types can be predicted.
            }

            @Override
            public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
                BeanDefinitionRegistry registry = (BeanDefinitionRegistry) beanFactory;
                for (String vendorBean : beanFactory.getBeanNamesForType(VendorApi.class, true, false)) {
                    RootBeanDefinition group = new RootBeanDefinition(GroupedOpenApi.class,
                            () -> groupFor(beanFactory.getBean(vendorBean, VendorApi.class)));
                    registry.registerBeanDefinition(vendorBean + "OpenApiGroup", group);
                }
            }
        };
    }

    @Bean
    GroupedOpenApi adminOpenApiGroup() {
        return GroupedOpenApi.builder()
                .group("admin")
                .displayName("Teamgate control plane")
                .pathsToMatch("/_admin/**")
                .addOpenApiCustomizer(openApi -> openApi.info(new Info().title("Teamgate control plane")
                        .description("Reset, fixtures, request journal and sandbox credentials.")))
                .build();
    }

    static GroupedOpenApi groupFor(VendorApi vendor) {
        return GroupedOpenApi.builder()
                .group(vendor.key())
                .displayName(vendor.displayName())
                .pathsToMatch(vendor.pathPrefix() + "/**")
                .addOpenApiCustomizer(openApi -> {
                    openApi.info(new Info().title(vendor.displayName() + " (Teamgate emulation)")
                            .description(vendor.description()));
                    if (openApi.getComponents() == null) {
                        openApi.components(new Components());
                    }
                    for (Map.Entry<String, io.swagger.v3.oas.models.security.SecurityScheme> scheme
                            : vendor.securitySchemes().entrySet()) {
                        openApi.getComponents().addSecuritySchemes(scheme.getKey(), scheme.getValue());
                        openApi.addSecurityItem(new SecurityRequirement().addList(scheme.getKey()));
                    }
                })
                .build();
    }
}
