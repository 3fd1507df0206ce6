package dev.teamgate.platform.firewall;

import dev.teamgate.platform.error.ApiProblem;
import dev.teamgate.platform.error.ErrorResponder;
import dev.teamgate.platform.error.ProblemKind;
import dev.teamgate.platform.nativeport.NativePorts;
import dev.teamgate.platform.vendor.VendorApi;
import dev.teamgate.platform.vendor.VendorRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The first filter of every request: refuses paths that could be read two ways (encoded
 * separators, {@code ;} parameters, {@code ..} segments, an encoded prefix) with a 400 in the
 * owning vendor's shape, or an RFC 9457 problem outside every vendor. Everything after it (the
 * control-plane lock, the gateway) may then trust that the raw path names the same owner as the
 * decoded one. It also refuses a request head the container would choke on later ({@link HeadRules}).
 */
@RequiredArgsConstructor
class RequestFirewall extends OncePerRequestFilter {

    static final String CONTROL_PLANE_PREFIX = "/_admin";

    private final VendorRegistry vendors;
    private final NativePorts nativePorts;
    private final ErrorResponder errors;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String raw = RequestPaths.rawPath(request);
        String decoded = RequestPaths.path(request);
        Optional<VendorApi> nativeVendor = nativePorts.isEmpty()
                ? Optional.empty() : nativePorts.vendorForLocalPort(request.getLocalPort());
        Optional<String> violation = PathRules.violation(raw);
        if (violation.isEmpty() && nativeVendor.isEmpty()) {
            violation = ownerSpelledLiterally(raw, decoded);
        }
        Optional<ApiProblem> problem = violation.map(reason -> ApiProblem.of(ProblemKind.BAD_REQUEST, reason))
                .or(() -> HeadRules.violation(request.getQueryString(), hasBody(request) ? request.getContentType() : null));
        if (problem.isPresent()) {
            errors.write(problem.get(), nativeVendor, decoded, response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** A Content-Type only matters when there is a body to read with it. */
    private static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }

    private Optional<String> ownerSpelledLiterally(String raw, String decoded) {
        Optional<String> owner = vendors.forPath(decoded).map(VendorApi::pathPrefix);
        if (owner.isEmpty() && PathRules.spellsPrefix(decoded, CONTROL_PLANE_PREFIX)) {
            owner = Optional.of(CONTROL_PLANE_PREFIX);
        }
        if (owner.isPresent() && !PathRules.spellsPrefix(raw, owner.get())) {
            return Optional.of("The path prefix " + owner.get() + " must be spelled literally");
        }
        return Optional.empty();
    }
}
