package dev.teamgate.platform.auth;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A vendor's authentication step, run by the gateway before any controller. It reads headers and
 * query parameters only (the body is left to the endpoint) and decides per path whether
 * credentials are required.
 */
@FunctionalInterface
public interface VendorAuthenticator {

    VendorAuthenticator NONE = request -> AuthOutcome.anonymous();

    AuthOutcome authenticate(HttpServletRequest request);
}
