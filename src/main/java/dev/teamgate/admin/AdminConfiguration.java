package dev.teamgate.admin;

import jakarta.servlet.DispatcherType;
import java.net.InetAddress;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

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
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC); // ASYNC: body replays
        registration.addUrlPatterns("/_admin", "/_admin/*");
        return registration;
    }

    /** Right after the token check: bodies without a JSON content type are read as JSON. */
    @Bean
    FilterRegistrationBean<JsonByDefaultFilter> jsonByDefaultFilter() {
        FilterRegistrationBean<JsonByDefaultFilter> registration = new FilterRegistrationBean<>(new JsonByDefaultFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 51);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC); // ASYNC: body replays
        registration.addUrlPatterns("/_admin", "/_admin/*");
        return registration;
    }

    /**
     * A shared deployment with an open control plane is one curl away from losing all its state:
     * there (a deployed profile, listening beyond loopback, no token) the start-up log shows a box.
     * On a developer's machine one plain line says the same. Runs before the start-up banner, which
     * ends the log.
     */
    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE - 10)
    void warnWhenExposedWithoutToken(ApplicationReadyEvent event) {
        var env = event.getApplicationContext().getEnvironment();
        exposureWarning(env.getProperty("teamgate.admin.token", ""), env.getProperty("server.address", ""),
                List.of(env.getActiveProfiles())).ifPresent(warning -> {
                    if (warning.loud()) {
                        log.warn(warning.text());
                    } else {
                        log.info(warning.text());
                    }
                });
    }

    /** Profiles meant for a shared server (a file database, PostgreSQL). */
    static final List<String> DEPLOYED_PROFILES = List.of("sandbox", "postgres");

    record ExposureWarning(boolean loud, String text) {
    }

    static Optional<ExposureWarning> exposureWarning(String token, String address, List<String> activeProfiles) {
        if (!token.isBlank() || isLoopback(address)) {
            return Optional.empty();
        }
        String where = address.isBlank() ? "all interfaces" : address;
        if (activeProfiles.stream().noneMatch(DEPLOYED_PROFILES::contains)) {
            return Optional.of(new ExposureWarning(false, "The control plane /_admin has no token and listens on "
                    + where + ": fine on your machine; set teamgate.admin.token on a shared one."));
        }
        return Optional.of(new ExposureWarning(true, String.join(System.lineSeparator(), "", "",
                "  **********************************************************************",
                "  The control plane /_admin is OPEN on " + where + ".",
                "  Anyone who can reach this server can reset or rewrite all its state.",
                "  Set teamgate.admin.token (or bind server.address=127.0.0.1).",
                "  **********************************************************************", "")));
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
