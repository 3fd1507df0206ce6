package dev.teamgate.platform.firewall;

import dev.teamgate.platform.error.ErrorResponder;
import dev.teamgate.platform.nativeport.NativePorts;
import dev.teamgate.platform.vendor.VendorRegistry;
import jakarta.servlet.DispatcherType;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class FirewallConfiguration {

    /** First of all filters: before the control-plane lock (+50) and the gateway (+100). */
    @Bean
    FilterRegistrationBean<RequestFirewall> requestFirewall(VendorRegistry vendors, NativePorts nativePorts,
                                                            ErrorResponder errors) {
        FilterRegistrationBean<RequestFirewall> registration =
                new FilterRegistrationBean<>(new RequestFirewall(vendors, nativePorts, errors));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
