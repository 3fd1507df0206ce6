package dev.teamgate.platform.error;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * An {@link ApiProblem} as an RFC 9457 problem document: the shape of every error outside a
 * vendor's prefix (the control plane, vendor-specific control-plane calls, unknown paths).
 * Validation failures are plain 400s here; 422 is a vendor wire convention.
 */
public final class ProblemDetails {

    private ProblemDetails() {
    }

    public static ResponseEntity<Object> of(ApiProblem problem, HttpServletRequest request) {
        int status = problem.kind() == ProblemKind.VALIDATION ? 400 : problem.kind().defaultStatus();
        HttpStatus httpStatus = HttpStatus.resolve(status);
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(
                httpStatus == null ? HttpStatus.INTERNAL_SERVER_ERROR : httpStatus, problem.message());
        detail.setInstance(URI.create(request.getRequestURI()));
        if (problem.param() != null) {
            detail.setProperty("param", problem.param());
        }
        return ResponseEntity.status(detail.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(detail);
    }
}
