package dev.teamgate.platform.startup;

import dev.teamgate.platform.nativeport.NativePorts;
import dev.teamgate.platform.vendor.VendorApi;
import dev.teamgate.platform.vendor.VendorRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Ends the start-up log with where everything is: one line per vendor, then Swagger UI and /_admin. */
@Component
class StartupBanner {

    private static final Logger log = LoggerFactory.getLogger("dev.teamgate");

    private final VendorRegistry vendors;
    private final NativePorts nativePorts;

    StartupBanner(VendorRegistry vendors, NativePorts nativePorts) {
        this.vendors = vendors;
        this.nativePorts = nativePorts;
    }

    @EventListener
    void onReady(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
            return;
        }
        String base = "http://localhost:" + web.getWebServer().getPort();
        for (VendorApi vendor : vendors.all()) {
            int nativePort = nativePorts.actualPort(vendor.key());
            String alsoNative = nativePort > 0 ? " (also at http://localhost:" + nativePort + "/)" : "";
            log.info("{} {}{}{} - demo credentials: {}/_admin/credentials?vendor={}",
                    String.format("%-12s", vendor.key()), base, vendor.baseUrlPath(), alsoNative, base, vendor.key());
        }
        log.info("Swagger UI   {}/swagger-ui.html", base);
        log.info("Control plane {}/_admin (health: {}/_admin/health)", base, base);
    }
}
