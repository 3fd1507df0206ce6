package dev.teamgate.platform.nativeport;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

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

    @Override
    public String getRequestURI() {
        HttpServletRequest original = (HttpServletRequest) getRequest();
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
