package dev.teamgate.testing;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.util.AntPathMatcher;

/**
 * Which journal entries to look at; every unset field matches anything. {@code path} is exact, or an
 * Ant-style pattern ({@code *} within a segment, {@code **} across segments), as on the server.
 * Immutable: {@code RequestFilter.vendor(Vendor.FLOWDOCK).method("POST").path("/flowdock/flows/**")}.
 * {@code workspace} is sent only when set, for servers whose journal filters by workspace.
 */
public record RequestFilter(String vendor, String method, String path, Integer status, Instant since,
                            String workspace) {

    private static final AntPathMatcher GLOB = new AntPathMatcher();

    /** Every recorded request. */
    public static RequestFilter all() {
        return new RequestFilter(null, null, null, null, null, null);
    }

    public static RequestFilter vendor(Vendor vendor) {
        return all().withVendor(vendor.key());
    }

    public static RequestFilter request(String method, String path) {
        return all().method(method).path(path);
    }

    public RequestFilter withVendor(String vendor) {
        return new RequestFilter(vendor, method, path, status, since, workspace);
    }

    public RequestFilter method(String method) {
        return new RequestFilter(vendor, method, path, status, since, workspace);
    }

    public RequestFilter path(String path) {
        return new RequestFilter(vendor, method, path, status, since, workspace);
    }

    public RequestFilter status(int status) {
        return new RequestFilter(vendor, method, path, status, since, workspace);
    }

    public RequestFilter since(Instant since) {
        return new RequestFilter(vendor, method, path, status, since, workspace);
    }

    public RequestFilter workspace(String workspace) {
        return new RequestFilter(vendor, method, path, status, since, workspace);
    }

    /** The query string the control plane understands (only the fields that are set). */
    String toQuery(Integer limit) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("vendor", vendor);
        parameters.put("method", method);
        parameters.put("path", path);
        parameters.put("status", status);
        parameters.put("since", since);
        parameters.put("workspace", workspace);
        parameters.put("limit", limit);
        return AdminHttp.query(parameters);
    }

    /** How many of the set criteria the request meets, and how many are set: the near-miss score. */
    int[] score(RecordedRequest request) {
        int met = 0;
        int set = 0;
        if (vendor != null) {
            set++;
            met += vendor.equals(request.vendor()) ? 1 : 0;
        }
        if (method != null) {
            set++;
            met += method.equalsIgnoreCase(request.method()) ? 1 : 0;
        }
        if (path != null) {
            set++;
            met += pathMatches(request.path()) ? 1 : 0;
        }
        if (status != null) {
            set++;
            met += Objects.equals(status, request.status()) ? 1 : 0;
        }
        if (since != null) {
            set++;
            met += request.time() != null && !request.time().isBefore(since) ? 1 : 0;
        }
        if (workspace != null && request.workspace() != null) {
            set++;
            met += workspace.equals(request.workspace()) ? 1 : 0;
        }
        return new int[] {met, set};
    }

    boolean pathMatches(String actual) {
        return actual != null && (path.contains("*") ? GLOB.match(path, actual) : path.equals(actual));
    }

    @Override
    public String toString() {
        Map<String, Object> set = new LinkedHashMap<>();
        set.put("vendor", vendor);
        set.put("method", method);
        set.put("path", path);
        set.put("status", status);
        set.put("since", since);
        set.put("workspace", workspace);
        set.values().removeIf(Objects::isNull);
        return set.isEmpty() ? "any request" : set.toString();
    }
}
