package dev.teamgate.flowdock;

import dev.teamgate.platform.auth.Caller;
import java.util.List;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.ObjectMapper;

/** Lets Flowdock controllers take {@link FlowdockParams}. */
@Configuration(proxyBeanMethods = false)
class FlowdockWebConfiguration implements WebMvcConfigurer {

    static {
        // Resolved from the request, not sent by clients: keep them out of the OpenAPI parameters, or
        // Swagger UI's "Try it out" asks for a required "caller" and "params" query value.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(FlowdockParams.class, Caller.class);
    }

    private final ObjectMapper json;

    FlowdockWebConfiguration(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new FlowdockParamsResolver(json));
    }
}
