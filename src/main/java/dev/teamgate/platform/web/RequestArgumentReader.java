package dev.teamgate.platform.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Reads a vendor's own request type (the parameters of one call, from whichever carriers the vendor
 * accepts) so that its controller methods can declare it as a parameter. A vendor makes its reader
 * a bean; the platform registers it with Spring MVC and keeps the type out of the OpenAPI documents,
 * since clients never send it as such. Reading happens while the arguments are resolved, before the
 * call's transaction begins, and what cannot be read is thrown as the vendor's 4xx.
 *
 * @param <T> the request type, which a controller method declares to get what this reads (named
 *            once, where the reader implements this interface)
 */
public interface RequestArgumentReader<T> {

    /** The request's parameters, read once per call. */
    T read(HttpServletRequest request);
}
