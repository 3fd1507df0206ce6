package dev.teamgate.admin;

import dev.teamgate.platform.firewall.RequestPaths;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import dev.teamgate.platform.slowclient.BodyReplay;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * When {@code teamgate.admin.token} is set, every {@code /_admin} call must present it, as
 * {@code Authorization: Bearer <token>} or {@code X-Teamgate-Admin-Token: <token>}. The control
 * plane can wipe and rewrite all state, so a shared sandbox must not leave it open. Without a token
 * (blank) every call passes.
 */
class AdminTokenFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Teamgate-Admin-Token";

    private final byte[] token;
    private final boolean required;

    AdminTokenFilter(String token) {
        this.required = token != null && !token.isBlank();
        this.token = required ? token.getBytes(StandardCharsets.UTF_8) : new byte[0];
    }

    /** A request replayed with its buffered body is this filter's first pass, not a later async dispatch. */
    @Override
    protected boolean isAsyncDispatch(HttpServletRequest request) {
        return BodyReplay.isAsyncDispatch(super.isAsyncDispatch(request), request);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!required) {
            return true;
        }
        // The decoded, normalised path the container dispatches on, never the raw URI: the raw
        // URI of /%5Fadmin/reset does not start with /_admin/, yet it is routed there.
        String path = RequestPaths.path(request);
        return !(path.equals("/_admin") || path.startsWith("/_admin/")) || isDashboardPage(request);
    }

    /**
     * The dashboard's page and scripts hold no data; the calls they make carry the token. Judged on
     * the container's decoded and normalised path (not the raw URI), so that no encoded dot-segment
     * can dress a data call up as an asset.
     */
    private static boolean isDashboardPage(HttpServletRequest request) {
        String path = RequestPaths.path(request);
        return "GET".equals(request.getMethod()) && (path.equals("/_admin") || path.equals("/_admin/")
                || path.startsWith(DashboardController.ASSETS));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (presented(request)) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"teamgate-admin\"");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                + "\"detail\":\"The control plane needs the admin token (Authorization: Bearer <token> or "
                + HEADER + ")\",\"instance\":\"" + request.getRequestURI().replace("\"", "") + "\"}")
                .getBytes(StandardCharsets.UTF_8));
    }

    private boolean presented(HttpServletRequest request) {
        String header = request.getHeader(HEADER);
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null && authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            header = authorization.substring(7).trim();
        }
        return header != null && MessageDigest.isEqual(token, header.getBytes(StandardCharsets.UTF_8));
    }
}
