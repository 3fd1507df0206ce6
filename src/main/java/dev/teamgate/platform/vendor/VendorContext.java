package dev.teamgate.platform.vendor;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/** The vendor the gateway picked for the current request, kept as a request attribute. */
public final class VendorContext {

    public static final String ATTRIBUTE = VendorContext.class.getName() + ".vendor";

    private VendorContext() {
    }

    public static Optional<VendorApi> vendor(HttpServletRequest request) {
        return Optional.ofNullable((VendorApi) request.getAttribute(ATTRIBUTE));
    }

    public static void set(HttpServletRequest request, VendorApi vendor) {
        request.setAttribute(ATTRIBUTE, vendor);
    }
}
