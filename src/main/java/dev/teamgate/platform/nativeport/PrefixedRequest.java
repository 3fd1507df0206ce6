package dev.teamgate.platform.nativeport;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.springframework.web.util.WebUtils;

/**
 * A request that arrived at the root of a vendor's native port, presented to the rest of the
 * server as if it had come in under the vendor's prefix on the main port.
 */
public class PrefixedRequest extends HttpServletRequestWrapper {

    private final String prefix;

    public PrefixedRequest(HttpServletRequest request, String prefix) {
        super(request);
        this.prefix = prefix;
    }

    /**
     * The request URI as the client sent it: on a native port without the prefix this wrapper adds,
     * anywhere else the request's own. For links an answer hands back, which must work where the
     * client is.
     */
    public static String clientRequestUri(HttpServletRequest request) {
        PrefixedRequest prefixed = WebUtils.getNativeRequest(request, PrefixedRequest.class);
        return prefixed == null ? request.getRequestURI() : prefixed.original().getRequestURI();
    }

    private HttpServletRequest original() {
        return (HttpServletRequest) getRequest();
    }

    @Override
    public String getRequestURI() {
        HttpServletRequest original = original();
        String context = original.getContextPath();
        return context + prefix + original.getRequestURI().substring(context.length());
    }

    @Override
    public StringBuffer getRequestURL() {
        StringBuffer url = new StringBuffer();
        url.append(getScheme()).append("://").append(getServerName()).append(':').append(getServerPort())
                .append(getRequestURI());
        return url;
    }

    @Override
    public String getServletPath() {
        return prefix + super.getServletPath();
    }
}
