package dev.teamgate.platform.gateway;

import dev.teamgate.platform.vendor.VendorApi;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Enumeration;
import java.util.Locale;

/**
 * Everything a request carries but its body, as one string: the key of the gateway's caches.
 * Vendor, method, local port (native ports), client address, path, query and every header except
 * Content-Length, which only describes the body.
 */
final class RequestKey {

    private RequestKey() {
    }

    static String of(VendorApi vendor, HttpServletRequest request) {
        StringBuilder key = new StringBuilder(512)
                .append(vendor.key()).append(' ')
                .append(request.getMethod()).append(' ')
                .append(request.getLocalPort()).append(' ')
                .append(request.getRemoteAddr()).append(' ')
                .append(request.getRequestURI()).append('?').append(request.getQueryString());
        Enumeration<String> names = request.getHeaderNames();
        while (names.hasMoreElements()) {
            String name = names.nextElement();
            if (name.equalsIgnoreCase("Content-Length")) {
                continue;
            }
            Enumeration<String> values = request.getHeaders(name);
            while (values.hasMoreElements()) {
                key.append('\n').append(name.toLowerCase(Locale.ROOT)).append(':').append(values.nextElement());
            }
        }
        return key.toString();
    }
}
