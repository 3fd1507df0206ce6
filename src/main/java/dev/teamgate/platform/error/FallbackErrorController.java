package dev.teamgate.platform.error;

import dev.teamgate.platform.vendor.VendorApi;
import dev.teamgate.platform.vendor.VendorRegistry;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Replaces Spring Boot's whitelabel {@code /error}: failures that never reached a controller
 * (rejected by the container, thrown in a filter) still answer in the owning vendor's shape.
 */
@RestController
@RequiredArgsConstructor
class FallbackErrorController implements ErrorController {

    private final VendorRegistry vendors;
    private final ErrorWriter writer;

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<Object> error(HttpServletRequest request) {
        Object statusAttribute = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = statusAttribute instanceof Integer code ? code : 500;
        String uri = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        Object exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        ApiProblem problem = exception instanceof Throwable t ? ProblemMapper.toProblem(t) : problemFor(status);
        Optional<VendorApi> vendor = vendors.forPath(uri.substring(Math.min(uri.length(), request.getContextPath().length())));
        if (vendor.isPresent()) {
            return writer.entity(vendor.get().errorRenderer().render(problem));
        }
        return ProblemDetails.of(problem, request);
    }

    private static ApiProblem problemFor(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        return ApiProblem.of(ProblemKind.forStatus(status), known == null ? "Error" : known.getReasonPhrase());
    }
}
