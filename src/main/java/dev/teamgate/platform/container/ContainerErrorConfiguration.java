package dev.teamgate.platform.container;

import dev.teamgate.platform.error.ErrorResponder;
import dev.teamgate.platform.nativeport.NativePorts;
import lombok.RequiredArgsConstructor;
import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Puts {@link ContainerErrorValve} where Tomcat's own error report valve would be. It runs last
 * among customizers, so it can take out the plain valve Spring Boot adds to the host.
 */
@Configuration(proxyBeanMethods = false)
@RequiredArgsConstructor
class ContainerErrorConfiguration implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final ErrorResponder errors;
    private final NativePorts nativePorts;

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            Container host = context.getParent();
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.getPipeline().removeValve(valve);
                }
            }
            host.getPipeline().addValve(new ContainerErrorValve(errors, nativePorts));
            if (host instanceof StandardHost standardHost) {
                // Otherwise the host adds Tomcat's HTML valve again when it starts.
                standardHost.setErrorReportValveClass(ContainerErrorValve.class.getName());
            }
        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
