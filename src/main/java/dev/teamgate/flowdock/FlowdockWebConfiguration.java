package dev.teamgate.flowdock;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.ObjectMapper;

/** Lets Flowdock controllers take {@link FlowdockParams}. */
@Configuration(proxyBeanMethods = false)
@RequiredArgsConstructor
class FlowdockWebConfiguration implements WebMvcConfigurer {

    static {
        // Resolved from the request, not sent by clients: keep it out of the OpenAPI parameters, or
        // Swagger UI's "Try it out" asks for a required "params" query value. (The platform does the
        // same for Caller.)
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(FlowdockParams.class);
    }

    private final ObjectMapper json;

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new FlowdockParamsResolver(json));
    }
}
