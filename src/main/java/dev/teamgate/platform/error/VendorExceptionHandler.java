package dev.teamgate.platform.error;

import dev.teamgate.platform.vendor.VendorApi;
import dev.teamgate.platform.vendor.VendorContext;
import dev.teamgate.platform.vendor.VendorRegistry;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;

/**
 * The one place where exceptions from controllers (and Spring MVC's own 404, 405, 415 and
 * unreadable-body failures) become responses: in the vendor's shape under a vendor prefix, as an
 * RFC 9457 problem anywhere else (the control plane, including vendors' own {@code /_admin/<vendor>}
 * calls).
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
@RequiredArgsConstructor
class VendorExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(VendorExceptionHandler.class);

    private final VendorRegistry vendors;
    private final ErrorWriter writer;

    /**
     * A client that went away (a closed stream, an abandoned request) ends the exchange: there is
     * nobody to answer and nothing went wrong on our side, so nothing is written or logged.
     */
    @ExceptionHandler(AsyncRequestNotUsableException.class)
    void clientGone() {
        // the connection is closed
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> handle(Exception ex, HttpServletRequest request) {
        ApiProblem problem = ProblemMapper.toProblem(ex);
        if (problem.kind() == ProblemKind.INTERNAL) {
            log.error("Unhandled error on {} {}", request.getMethod(), request.getRequestURI(), ex);
        }
        Optional<VendorApi> vendor = VendorContext.vendor(request)
                .or(() -> vendors.forPath(request.getRequestURI().substring(request.getContextPath().length())));
        if (vendor.isPresent()) {
            return writer.entity(vendor.get().errorRenderer().render(problem));
        }
        return ProblemDetails.of(problem, request);
    }
}
