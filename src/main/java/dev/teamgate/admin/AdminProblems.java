package dev.teamgate.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The control plane's own problems that carry more than the shared handler knows: the accepted values. */
@RestControllerAdvice(basePackageClasses = AdminProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminProblems {

    @ExceptionHandler(UnknownValueException.class)
    ResponseEntity<ProblemDetail> unknownValue(UnknownValueException ex, HttpServletRequest request) {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
        detail.setInstance(URI.create(request.getRequestURI()));
        detail.setProperty("param", ex.param());
        detail.setProperty("accepted", ex.accepted());
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(detail);
    }
}
