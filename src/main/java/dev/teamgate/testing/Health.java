package dev.teamgate.testing;

import java.util.List;

/** {@code GET /_admin/health}: the version and every emulated vendor with its base URL. */
public record Health(String status, String version, List<VendorInfo> vendors) {

    /** A vendor's base URL on the main port, and its native port when one is configured. */
    public record VendorInfo(String key, String name, String baseUrl, Integer nativePort) {
    }
}
