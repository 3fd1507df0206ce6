package dev.teamgate.admin;

import jakarta.servlet.DispatcherType;
import java.net.InetAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class AdminConfiguration {

    private static final Logger log = LoggerFactory.getLogger(AdminConfiguration.class);

    /**
     * Always registered; without a token the filter lets every call through. A condition on the
     * token would be frozen at build time by Spring AOT, and a token set at run time would then not
     * protect the control plane.
     */
    @Bean
    FilterRegistrationBean<AdminTokenFilter> adminTokenFilter(@Value("${teamgate.admin.token:}") String token) {
        FilterRegistrationBean<AdminTokenFilter> registration = new FilterRegistrationBean<>(new AdminTokenFilter(token));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 50);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        registration.addUrlPatterns("/_admin", "/_admin/*");
        return registration;
    }

    /** Right after the token check: bodies without a JSON content type are read as JSON. */
    @Bean
    FilterRegistrationBean<JsonByDefaultFilter> jsonByDefaultFilter() {
        FilterRegistrationBean<JsonByDefaultFilter> registration = new FilterRegistrationBean<>(new JsonByDefaultFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 51);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        registration.addUrlPatterns("/_admin", "/_admin/*");
        return registration;
    }

    /** A shared deployment with an open control plane is one curl away from losing all its state. */
    @EventListener(ApplicationReadyEvent.class)
    void warnWhenExposedWithoutToken(ApplicationReadyEvent event) {
        var env = event.getApplicationContext().getEnvironment();
        String token = env.getProperty("teamgate.admin.token", "");
        String address = env.getProperty("server.address", "");
        if (token.isBlank() && !isLoopback(address)) {
            log.warn("""

                    ************************************************************************
                    *  The control plane /_admin is OPEN and the server listens on        *
                    *  {}: anyone who can reach it can reset or rewrite all state.         *
                    *  Set teamgate.admin.token (or bind server.address=127.0.0.1).        *
                    ************************************************************************""",
                    address.isBlank() ? "all interfaces" : address);
        }
    }

    private static boolean isLoopback(String address) {
        if (address.isBlank()) {
            return false;
        }
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }
}
