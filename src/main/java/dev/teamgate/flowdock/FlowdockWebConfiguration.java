package dev.teamgate.flowdock;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.ObjectMapper;

/** Lets Flowdock controllers take {@link FlowdockParams}. */
@Configuration(proxyBeanMethods = false)
class FlowdockWebConfiguration implements WebMvcConfigurer {

    private final ObjectMapper json;

    FlowdockWebConfiguration(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new FlowdockParamsResolver(json));
    }
}
