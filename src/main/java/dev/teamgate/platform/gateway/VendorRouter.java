package dev.teamgate.platform.gateway;

import dev.teamgate.platform.firewall.RequestPaths;
import dev.teamgate.platform.nativeport.NativePorts;
import dev.teamgate.platform.nativeport.PrefixedRequest;
import dev.teamgate.platform.vendor.VendorApi;
import dev.teamgate.platform.vendor.VendorRegistry;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import lombok.RequiredArgsConstructor;

/**
 * Picks the vendor that owns a request, the gateway's first decision. A request on a vendor's
 * native port is re-addressed under that vendor's prefix ({@link PrefixedRequest}), so everything
 * after sees the same path as on the main port; otherwise the vendor whose prefix owns the decoded
 * path. No vendor: the request is not a vendor call (control plane, Swagger UI, Actuator).
 */
@RequiredArgsConstructor
final class VendorRouter {

    private final VendorRegistry vendors;
    private final NativePorts nativePorts;

    Optional<Routed> route(HttpServletRequest request) {
        Optional<VendorApi> nativeVendor = nativePorts.isEmpty()
                ? Optional.empty() : nativePorts.vendorForLocalPort(request.getLocalPort());
        if (nativeVendor.isPresent()) {
            return Optional.of(new Routed(nativeVendor.get(), new PrefixedRequest(request, nativeVendor.get().pathPrefix())));
        }
        // The decoded path; the RequestFirewall has vetted the raw spelling.
        return vendors.forPath(RequestPaths.path(request)).map(vendor -> new Routed(vendor, request));
    }

    /** The owning vendor and the request as it should be seen under the vendor's prefix. */
    record Routed(VendorApi vendor, HttpServletRequest request) {
    }
}
