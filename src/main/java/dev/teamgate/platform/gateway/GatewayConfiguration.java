package dev.teamgate.platform.gateway;

import dev.teamgate.platform.error.ErrorWriter;
import dev.teamgate.platform.fault.FaultInjector;
import dev.teamgate.platform.journal.JournalRecorder;
import dev.teamgate.platform.nativeport.NativePorts;
import dev.teamgate.platform.ratelimit.RateLimiter;
import dev.teamgate.platform.vendor.VendorRegistry;
import dev.teamgate.platform.metrics.VendorMetrics;
import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

@Configuration(proxyBeanMethods = false)
class GatewayConfiguration {

    /**
     * The gateway is registered here, once, rather than as a {@code @Component} filter, so that the
     * order and dispatcher types are explicit and vendor packages never register filters.
     */
    @Bean
    FilterRegistrationBean<VendorGateway> vendorGateway(VendorRegistry vendors, NativePorts nativePorts,
                                                        RateLimiter rateLimiter, JournalRecorder journal,
                                                        ErrorWriter errors, VendorMetrics metrics, FaultInjector faults,
                                                        @Value("${teamgate.http.max-body-size:10MB}") DataSize maxBody) {
        FilterRegistrationBean<VendorGateway> registration = new FilterRegistrationBean<>(
                new VendorGateway(vendors, nativePorts, rateLimiter, journal, errors, metrics, faults,
                        maxBody.toBytes()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC); // ASYNC: body replays
        registration.addUrlPatterns("/*");
        return registration;
    }
}
