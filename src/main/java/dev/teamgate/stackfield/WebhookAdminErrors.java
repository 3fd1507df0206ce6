package dev.teamgate.stackfield;

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
 * Errors of {@link WebhookAdminController} as the control plane answers them: RFC 9457 problems,
 * bad input (validation included) a 400, never a 500. Failures before a handler is chosen (404,
 * 405) get the platform's problem documents, which have the same shape.
 */
@RestControllerAdvice(assignableTypes = WebhookAdminController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class WebhookAdminErrors {

    private static final Logger log = LoggerFactory.getLogger(WebhookAdminErrors.class);

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> handle(Exception ex, HttpServletRequest request) {
        ApiProblem problem = ProblemMapper.toProblem(ex);
        if (problem.kind() == ProblemKind.INTERNAL) {
            log.error("Stackfield control plane failure on {} {}", request.getMethod(), request.getRequestURI(), ex);
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
