package dev.teamgate.platform.firewall;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.springframework.web.util.UriUtils;

/**
 * The one path every routing and access decision is made on: decoded and normalised by the
 * container (servlet path plus path info), without the context path. The raw request URI is not
 * that path: {@code /%5Fadmin/reset} and {@code /_admin;x/reset} are routed to
 * {@code /_admin/reset} but do not start with {@code /_admin/}.
 */
public final class RequestPaths {

    private RequestPaths() {
    }

    public static String path(HttpServletRequest request) {
        String servletPath = request.getServletPath();
        String pathInfo = request.getPathInfo();
        String path = (servletPath == null ? "" : servletPath) + (pathInfo == null ? "" : pathInfo);
        if (!path.isEmpty()) {
            return path;
        }
        // Outside a dispatched servlet (a mock request, an early filter): decode it ourselves.
        String raw = rawPath(request);
        try {
            return UriUtils.decode(stripPathParameters(raw), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException badEncoding) {
            return raw;
        }
    }

    /** The request URI as the client sent it, without the context path. */
    public static String rawPath(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return context != null && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }

    private static String stripPathParameters(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        boolean inParameter = false;
        for (char c : raw.toCharArray()) {
            if (c == ';') {
                inParameter = true;
            } else if (c == '/') {
                inParameter = false;
            }
            if (!inParameter) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
