package dev.teamgate.platform.nativeport;

import dev.teamgate.platform.vendor.VendorApi;
import dev.teamgate.platform.vendor.VendorRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.catalina.connector.Connector;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Opens one extra Tomcat connector per vendor that sets {@code teamgate.<vendor>.native-port}, and
 * tells the gateway which vendor a request's local port belongs to. Port 0 picks a free port
 * (tests); {@link #actualPort(String)} reports it once the server is up.
 */
@Component
public class NativePorts implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final List<Binding> bindings = new ArrayList<>();

    public NativePorts(VendorRegistry vendors) {
        for (VendorApi vendor : vendors.all()) {
            if (vendor.nativePort() != null) {
                Connector connector = new Connector(TomcatServletWebServerFactory.DEFAULT_PROTOCOL);
                connector.setPort(vendor.nativePort());
                bindings.add(new Binding(vendor, connector));
            }
        }
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        bindings.forEach(binding -> factory.addAdditionalConnectors(binding.connector()));
    }

    /** The vendor whose native port received a request on {@code localPort}, if any. */
    public Optional<VendorApi> vendorForLocalPort(int localPort) {
        for (Binding binding : bindings) {
            if (binding.connector().getLocalPort() == localPort) {
                return Optional.of(binding.vendor());
            }
        }
        return Optional.empty();
    }

    /** The port a vendor's native connector actually listens on, or -1 when it has none. */
    public int actualPort(String vendorKey) {
        return bindings.stream().filter(b -> b.vendor().key().equals(vendorKey))
                .mapToInt(b -> b.connector().getLocalPort()).findFirst().orElse(-1);
    }

    public boolean isEmpty() {
        return bindings.isEmpty();
    }

    private record Binding(VendorApi vendor, Connector connector) {
    }
}
