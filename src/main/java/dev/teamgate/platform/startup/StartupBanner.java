package dev.teamgate.platform.startup;

import dev.teamgate.platform.nativeport.NativePorts;
import dev.teamgate.platform.vendor.VendorApi;
import dev.teamgate.platform.vendor.VendorRegistry;
import java.util.ArrayList;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Ends the start-up log with where everything is: the dashboard, Swagger UI, the demo credentials
 * and each vendor's base URL. One log call whose text starts on a new line, so the lines stand
 * short and unprefixed at the very end instead of each behind a 100-character log prefix.
 */
@Component
@RequiredArgsConstructor
class StartupBanner {

    private static final Logger log = LoggerFactory.getLogger("dev.teamgate");

    private final VendorRegistry vendors;
    private final NativePorts nativePorts;

    @EventListener
    @Order(Ordered.LOWEST_PRECEDENCE)
    void onReady(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
            return;
        }
        log.info("Teamgate is ready{}", text("http://localhost:" + web.getWebServer().getPort()));
    }

    String text(String base) {
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add("");
        lines.add(line("Dashboard", base + "/_admin"));
        lines.add(line("Swagger UI", base + "/swagger-ui.html"));
        lines.add(line("Credentials", base + "/_admin/credentials"));
        for (VendorApi vendor : vendors.all()) {
            int nativePort = nativePorts.actualPort(vendor.key());
            lines.add(line(vendor.key(), base + vendor.baseUrlPath()
                    + (nativePort > 0 ? "  (native: http://localhost:" + nativePort + "/)" : "")));
        }
        lines.add("");
        return String.join(System.lineSeparator(), lines);
    }

    private static String line(String name, String value) {
        return "  " + String.format("%-13s", name) + value;
    }
}
