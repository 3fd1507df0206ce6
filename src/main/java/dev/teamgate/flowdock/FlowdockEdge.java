package dev.teamgate.flowdock;

import dev.teamgate.platform.vendor.VendorApi;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What runs before authentication on every Flowdock request:
 * <ul>
 *   <li>CORS as Flowdock's general information page describes it: the {@code Origin} echoed, the
 *       methods {@code POST, PUT, PATCH, DELETE, GET, OPTIONS} allowed, and a preflight
 *       {@code OPTIONS} answered here, since browsers send preflights without credentials;</li>
 *   <li>URL spellings the Rails API tolerated: a trailing slash and a {@code .json} suffix
 *       ({@code /flows/acme/main.json}), re-addressed to the plain path. File downloads keep their
 *       names as they are ({@code report.json} is a file name).</li>
 * </ul>
 */
final class FlowdockEdge implements VendorApi.EdgeHandler {

    private static final String ALLOWED_METHODS = "POST, PUT, PATCH, DELETE, GET, OPTIONS";
    private static final String JSON_SUFFIX = ".json";

    @Override
    public HttpServletRequest handle(HttpServletRequest request, HttpServletResponse response) {
        String origin = request.getHeader("Origin");
        if (origin != null && !origin.isBlank()) {
            response.setHeader("Access-Control-Allow-Origin", origin);
            response.setHeader("Access-Control-Allow-Credentials", "true");
            response.setHeader("Access-Control-Expose-Headers", "Flowdock-User, Link, Location");
            response.addHeader("Vary", "Origin");
            if (isPreflight(request)) {
                response.setHeader("Access-Control-Allow-Methods", ALLOWED_METHODS);
                String headers = request.getHeader("Access-Control-Request-Headers");
                response.setHeader("Access-Control-Allow-Headers",
                        headers == null || headers.isBlank() ? "Authorization, Content-Type, Accept" : headers);
                response.setHeader("Access-Control-Max-Age", "86400");
                response.setStatus(HttpServletResponse.SC_OK);
                response.setContentLength(0);
                return null;
            }
        }
        String uri = request.getRequestURI();
        String tidy = tidy(uri, FlowdockPaths.route(request));
        return tidy.equals(uri) ? request : new Readdressed(request, tidy, uri.length() - tidy.length());
    }

    private static boolean isPreflight(HttpServletRequest request) {
        return "OPTIONS".equals(request.getMethod()) && request.getHeader("Access-Control-Request-Method") != null;
    }

    /** The URI without a trailing slash or {@code .json} suffix; file paths and the prefix root stay. */
    static String tidy(String uri, String route) {
        if (route.startsWith("/files/") || route.isEmpty() || route.equals("/")) {
            return uri;
        }
        String tidy = uri;
        if (tidy.endsWith("/")) {
            tidy = tidy.substring(0, tidy.length() - 1);
        }
        if (tidy.endsWith(JSON_SUFFIX) && tidy.lastIndexOf('/') < tidy.length() - JSON_SUFFIX.length()) {
            tidy = tidy.substring(0, tidy.length() - JSON_SUFFIX.length());
        }
        return tidy;
    }

    /** The same request under the tidied path. */
    private static final class Readdressed extends HttpServletRequestWrapper {

        private final String uri;
        private final int cut;

        Readdressed(HttpServletRequest request, String uri, int cut) {
            super(request);
            this.uri = uri;
            this.cut = cut;
        }

        @Override
        public String getRequestURI() {
            return uri;
        }

        @Override
        public StringBuffer getRequestURL() {
            StringBuffer url = super.getRequestURL();
            url.setLength(url.length() - cut);
            return url;
        }

        @Override
        public String getServletPath() {
            String path = super.getServletPath();
            return path.length() >= cut ? path.substring(0, path.length() - cut) : path;
        }
    }
}
