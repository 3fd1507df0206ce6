package dev.teamgate.platform.webhook;

import dev.teamgate.domain.webhook.SelfTargets;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.catalina.connector.Connector;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every port this server listens on (the main port, each vendor's native port, the management
 * port), so that no outbound webhook can call Teamgate itself: a CommFlow key could otherwise
 * register {@code http://127.0.0.1:8080/_admin/reset} and have the server reset itself.
 */
@Component
public class OwnPorts implements SelfTargets {

    private final Set<Integer> ports = ConcurrentHashMap.newKeySet();

    /** Fired once per web server: the main one (with its native-port connectors) and management's. */
    @EventListener
    void onWebServerStarted(WebServerInitializedEvent event) {
        ports.add(event.getWebServer().getPort());
        if (event.getWebServer() instanceof TomcatWebServer tomcat) {
            for (Connector connector : tomcat.getTomcat().getService().findConnectors()) {
                if (connector.getLocalPort() > 0) {
                    ports.add(connector.getLocalPort());
                }
            }
        }
    }

    void add(int port) {
        ports.add(port);
    }

    /**
     * True when {@code url} names one of this server's ports on an address of this machine
     * (loopback, the wildcard address, or any address of a local network interface). The host is
     * resolved now, so ask again just before sending.
     */
    public boolean isTargetedBy(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return false;
        }
        if (uri.getHost() == null) {
            return false;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort() >= 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        if (!ports.contains(port)) {
            return false;
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                if (isLocal(address)) {
                    return true;
                }
            }
        } catch (UnknownHostException unresolvable) {
            return false;
        }
        return false;
    }

    @Override
    public boolean isSelf(String url) {
        return isTargetedBy(url);
    }

    private static boolean isLocal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress()) {
            return true;
        }
        try {
            return NetworkInterface.getByInetAddress(address) != null;
        } catch (SocketException e) {
            return true; // cannot tell: refuse rather than risk calling ourselves
        }
    }
}
