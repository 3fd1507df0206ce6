package dev.teamgate.admin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import dev.teamgate.platform.slowclient.BodyReplay;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The control plane reads every body as JSON: a body sent without {@code Content-Type}, or with
 * the form type {@code curl -d} adds by itself, is taken as {@code application/json} instead of
 * being refused with 415. (Another declared type, {@code text/plain} say, is still a 415.) No control-plane call takes a form, so nothing is lost, and the README's
 * examples work pasted as they are.
 */
class JsonByDefaultFilter extends OncePerRequestFilter {

    private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH", "DELETE");

    /** A request replayed with its buffered body is this filter's first pass, not a later async dispatch. */
    @Override
    protected boolean isAsyncDispatch(HttpServletRequest request) {
        return BodyReplay.isAsyncDispatch(super.isAsyncDispatch(request), request);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!WITH_BODY.contains(request.getMethod())) {
            return true;
        }
        String type = request.getContentType();
        if (type == null || type.isBlank()) {
            return false;
        }
        return !type.toLowerCase(Locale.ROOT).startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // Taking the stream first tells the container the body is not form parameters, so a later
        // getParameter() cannot swallow it.
        request.getInputStream();
        chain.doFilter(new JsonRequest(request), response);
    }

    private static final class JsonRequest extends HttpServletRequestWrapper {

        JsonRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getContentType() {
            return MediaType.APPLICATION_JSON_VALUE;
        }

        @Override
        public String getHeader(String name) {
            return isContentType(name) ? getContentType() : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return isContentType(name) ? Collections.enumeration(List.of(getContentType())) : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            List<String> names = new ArrayList<>();
            for (String name : Collections.list(super.getHeaderNames())) {
                if (!isContentType(name)) {
                    names.add(name);
                }
            }
            names.add(HttpHeaders.CONTENT_TYPE);
            return Collections.enumeration(names);
        }

        private static boolean isContentType(String name) {
            return HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name);
        }
    }
}
