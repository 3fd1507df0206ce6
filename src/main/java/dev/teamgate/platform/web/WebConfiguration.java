package dev.teamgate.platform.web;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
@RequiredArgsConstructor
class WebConfiguration implements WebMvcConfigurer {

    /** The vendors' own request types (Flowdock's parameters, talk-to-me's). */
    private final ObjectProvider<RequestArgumentReader<?>> readers;

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CallerArgumentResolver());
        readers.orderedStream().forEach(reader -> {
            RequestArgumentResolver resolver = new RequestArgumentResolver(reader);
            resolvers.add(resolver);
            // Resolved from the request, not sent by clients: without this, Swagger UI's "Try it out"
            // would ask for a required query value named after the parameter.
            SpringDocUtils.getConfig().addRequestWrapperToIgnore(resolver.type());
        });
    }

    @Override
    public void configureContentNegotiation(ContentNegotiationConfigurer configurer) {
        configurer.strategies(List.of(new VendorAcceptFallback()));
    }
}
