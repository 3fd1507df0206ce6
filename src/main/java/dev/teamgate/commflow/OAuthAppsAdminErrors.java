package dev.teamgate.commflow;

import dev.teamgate.platform.error.ApiProblem;
import dev.teamgate.platform.error.ProblemKind;
import dev.teamgate.platform.error.ProblemMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Errors of {@link OAuthAppsAdminController} as RFC 9457 problems, like every control-plane error
 * (the admin package's own handler covers only that package). Bad input is a 400, never a 500.
 */
@RestControllerAdvice(assignableTypes = OAuthAppsAdminController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class OAuthAppsAdminErrors {

    private static final Logger log = LoggerFactory.getLogger(OAuthAppsAdminErrors.class);

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> handle(Exception ex, HttpServletRequest request) {
        ApiProblem problem = ProblemMapper.toProblem(ex);
        if (problem.kind() == ProblemKind.INTERNAL) {
            log.error("Control plane failure on {} {}", request.getMethod(), request.getRequestURI(), ex);
        }
        int status = problem.kind() == ProblemKind.VALIDATION ? 400 : problem.kind().defaultStatus();
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), problem.message());
        detail.setInstance(URI.create(request.getRequestURI()));
        if (problem.param() != null) {
            detail.setProperty("param", problem.param());
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(detail);
    }
}
