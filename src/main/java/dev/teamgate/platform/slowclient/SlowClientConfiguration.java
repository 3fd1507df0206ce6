package dev.teamgate.platform.slowclient;

import jakarta.servlet.DispatcherType;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

@Configuration(proxyBeanMethods = false)
class SlowClientConfiguration {

    /** Right after the request firewall, before anything reads a body. */
    @Bean
    FilterRegistrationBean<SlowBodyGuard> slowBodyGuard(
            @Value("${teamgate.http.body-timeout:10s}") Duration timeout,
            @Value("${teamgate.http.body-min-rate:64KB}") DataSize minRatePerSecond,
            @Value("${server.tomcat.max-parameter-count:1000}") int maxParameterCount,
            @Value("${server.tomcat.max-http-form-post-size:2MB}") DataSize maxFormPostSize) {
        FormBody.Limits formLimits = new FormBody.Limits(maxParameterCount, maxFormPostSize.toBytes());
        FilterRegistrationBean<SlowBodyGuard> registration = new FilterRegistrationBean<>(
                new SlowBodyGuard(new BodyDeadline(timeout, minRatePerSecond.toBytes()), formLimits));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
