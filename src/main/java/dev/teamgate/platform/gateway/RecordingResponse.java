package dev.teamgate.platform.gateway;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Records what a controller answers (status, the headers it set, the whole body) while writing it
 * through, so that {@link ReadCache} can keep the answer. Anything a replay could not reproduce
 * exactly (an error page, a redirect, a cookie, a date header, a reset buffer) makes the answer
 * unkeepable.
 */
class RecordingResponse extends CappedTeeResponse {

    private final Map<String, List<String>> headersBefore;
    private boolean keepable = true;

    RecordingResponse(HttpServletResponse response, int maxBody) {
        super(response, maxBody);
        this.headersBefore = headersOf(response);
    }

    boolean keepable() {
        return keepable;
    }

    /** The headers the controller added or changed, as they stand now. */
    Map<String, List<String>> headersSet() {
        Map<String, List<String>> now = headersOf(this);
        now.entrySet().removeIf(e -> e.getValue().equals(headersBefore.get(e.getKey())));
        return now;
    }

    private static Map<String, List<String>> headersOf(HttpServletResponse response) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : response.getHeaderNames()) {
            String key = name.toLowerCase(Locale.ROOT);
            // Replayed from the content type and the body length instead.
            if (!key.equals("content-type") && !key.equals("content-length")) {
                headers.putIfAbsent(key, List.copyOf(response.getHeaders(name)));
            }
        }
        return headers;
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        keepable = false;
        super.sendError(sc, msg);
    }

    @Override
    public void sendError(int sc) throws IOException {
        keepable = false;
        super.sendError(sc);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        keepable = false;
        super.sendRedirect(location);
    }

    @Override
    public void addCookie(Cookie cookie) {
        keepable = false;
        super.addCookie(cookie);
    }

    @Override
    public void setDateHeader(String name, long date) {
        keepable = false;
        super.setDateHeader(name, date);
    }

    @Override
    public void addDateHeader(String name, long date) {
        keepable = false;
        super.addDateHeader(name, date);
    }

    @Override
    public void reset() {
        keepable = false;
        super.reset();
    }

    @Override
    public void resetBuffer() {
        keepable = false;
        super.resetBuffer();
    }
}
