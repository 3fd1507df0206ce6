package dev.teamgate.admin;

import dev.teamgate.platform.nativeport.NativePorts;
import dev.teamgate.platform.vendor.VendorRegistry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping("/_admin")
@Tag(name = "Health")
class AdminHealthController {

    private final VendorRegistry vendors;
    private final NativePorts nativePorts;
    private final String version;

    AdminHealthController(VendorRegistry vendors, NativePorts nativePorts, ObjectProvider<BuildProperties> build) {
        this.vendors = vendors;
        this.nativePorts = nativePorts;
        BuildProperties properties = build.getIfAvailable();
        this.version = properties == null ? "dev" : properties.getVersion();
    }

    @GetMapping("/health")
    @Operation(summary = "Version and every emulated vendor with its base URL")
    HealthResponse health(HttpServletRequest request) {
        String base = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
        return new HealthResponse("UP", version, vendors.all().stream()
                .map(v -> new HealthResponse.Vendor(v.key(), v.displayName(), base + v.baseUrlPath(),
                        nativePorts.actualPort(v.key()) > 0 ? nativePorts.actualPort(v.key()) : null))
                .toList());
    }

    record HealthResponse(String status, String version, List<Vendor> vendors) {
        record Vendor(String key, String name, String baseUrl, Integer nativePort) {
        }
    }
}
