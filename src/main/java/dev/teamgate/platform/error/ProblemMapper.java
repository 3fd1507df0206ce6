package dev.teamgate.platform.error;

import dev.teamgate.domain.ConflictException;
import dev.teamgate.domain.InvalidInputException;
import dev.teamgate.domain.NotFoundException;
import jakarta.validation.ConstraintViolationException;
import java.util.stream.Collectors;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

/** Turns any exception that reaches the edge into a vendor-neutral {@link ApiProblem}. */
public final class ProblemMapper {

    private ProblemMapper() {
    }

    public static ApiProblem toProblem(Throwable ex) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof PayloadTooLargeException tooLarge) {
                return ApiProblem.of(ProblemKind.PAYLOAD_TOO_LARGE, tooLarge.getMessage());
            }
            if (cause instanceof SlowRequestBodyException tooSlow) {
                return ApiProblem.of(ProblemKind.BAD_REQUEST, tooSlow.getMessage());
            }
        }
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.apache.coyote.BadRequestException) {
                // The container could not read the body: malformed chunking, a broken upload.
                return ApiProblem.of(ProblemKind.MALFORMED_BODY, "The request body could not be read");
            }
            if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("22")) {
                // SQL state class 22, a data exception: a value too long for its column, a number
                // out of range. The input is at fault, not a race.
                return ApiProblem.of(ProblemKind.BAD_REQUEST, "A value is too long or out of range");
            }
        }
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyFailureException || cause instanceof DataIntegrityViolationException
                    || cause instanceof org.springframework.dao.QueryTimeoutException
                    || cause instanceof jakarta.persistence.OptimisticLockException) {
                // Two identical changes at once (resets, fixture loads, the same unique name): one
                // wins, the other is told to try again, never a 500.
                return ApiProblem.of(ProblemKind.CONFLICT,
                        "A concurrent change to the same data won; repeat the request");
            }
            if (cause instanceof org.apache.tomcat.util.http.InvalidParameterException) {
                // Too many form parameters, or ones that are not valid percent-encoding.
                return ApiProblem.of(ProblemKind.BAD_REQUEST, "The request parameters could not be read");
            }
        }
        if (ex instanceof ApiProblemException e) {
            return e.problem();
        }
        if (ex instanceof NotFoundException e) {
            return ApiProblem.of(ProblemKind.NOT_FOUND, e.getMessage());
        }
        if (ex instanceof InvalidInputException e) {
            return ApiProblem.of(ProblemKind.VALIDATION, e.getMessage(), e.field());
        }
        if (ex instanceof ConflictException e) {
            return ApiProblem.of(ProblemKind.CONFLICT, e.getMessage());
        }
        if (ex instanceof HttpRequestMethodNotSupportedException e) {
            return ApiProblem.of(ProblemKind.METHOD_NOT_ALLOWED, "Method " + e.getMethod() + " is not allowed here")
                    .withDetails(java.util.Map.of("allow", String.join(", ", e.getSupportedMethods() == null
                            ? new String[0] : e.getSupportedMethods())));
        }
        if (ex instanceof HttpMediaTypeNotSupportedException e) {
            return ApiProblem.of(ProblemKind.UNSUPPORTED_MEDIA_TYPE,
                    "Content type " + e.getContentType() + " is not supported here");
        }
        if (ex instanceof MissingServletRequestParameterException e) {
            return ApiProblem.of(ProblemKind.BAD_REQUEST, "Parameter " + e.getParameterName() + " is required",
                    e.getParameterName());
        }
        if (ex instanceof MissingServletRequestPartException e) {
            return ApiProblem.of(ProblemKind.BAD_REQUEST, "Part " + e.getRequestPartName() + " is required",
                    e.getRequestPartName());
        }
        if (ex instanceof MissingRequestHeaderException e) {
            return ApiProblem.of(ProblemKind.BAD_REQUEST, "Header " + e.getHeaderName() + " is required",
                    e.getHeaderName());
        }
        if (ex instanceof MethodArgumentTypeMismatchException e) {
            return ApiProblem.of(ProblemKind.BAD_REQUEST, "Parameter " + e.getName() + " has an invalid value",
                    e.getName());
        }
        if (ex instanceof MethodArgumentNotValidException e) {
            var error = e.getBindingResult().getFieldError();
            String field = error == null ? null : error.getField();
            String message = error == null ? "Invalid request" : field + " " + error.getDefaultMessage();
            return ApiProblem.of(ProblemKind.VALIDATION, message, field);
        }
        if (ex instanceof HandlerMethodValidationException e) {
            String message = e.getAllErrors().stream().map(err -> err.getDefaultMessage()).collect(Collectors.joining("; "));
            return ApiProblem.of(ProblemKind.VALIDATION, message.isEmpty() ? "Invalid request" : message);
        }
        if (ex instanceof ConstraintViolationException e) {
            return ApiProblem.of(ProblemKind.VALIDATION, e.getMessage());
        }
        if (ex instanceof HttpMessageNotReadableException e) {
            return unreadable(e);
        }
        if (ex instanceof ErrorResponse e) {
            // Spring's own web exceptions (no handler or resource, 406, upload too large, unsatisfied
            // parameter conditions, ...) carry their status; the kind follows from it.
            return fromStatus(e);
        }
        if (ex instanceof MultipartException) {
            // A cut-off or garbled multipart body: the container could not parse the parts.
            return ApiProblem.of(ProblemKind.MALFORMED_BODY, "The multipart request body could not be read");
        }
        return ApiProblem.of(ProblemKind.INTERNAL, "Internal server error");
    }

    private static ApiProblem fromStatus(ErrorResponse e) {
        int status = e.getStatusCode().value();
        ProblemKind kind = ProblemKind.forStatus(status);
        if (kind == ProblemKind.INTERNAL) {
            return ApiProblem.of(kind, "Internal server error");
        }
        HttpStatus known = HttpStatus.resolve(status);
        String message = switch (status) {
            case 404 -> "No such endpoint";
            case 406 -> "The requested response type is not available";
            case 413 -> "The request is too large";
            default -> e.getBody().getDetail() != null ? e.getBody().getDetail()
                    : known != null ? known.getReasonPhrase() : "Bad request";
        };
        return ApiProblem.of(kind, message);
    }

    private static ApiProblem unreadable(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = mismatch.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : String.valueOf(ref.getIndex()))
                    .collect(Collectors.joining("."));
            return ApiProblem.of(ProblemKind.BAD_REQUEST, "Field " + field + " has the wrong type", field);
        }
        if (cause instanceof JacksonException) {
            return ApiProblem.of(ProblemKind.MALFORMED_BODY, "The request body is not valid JSON");
        }
        return ApiProblem.of(ProblemKind.MALFORMED_BODY, "The request body is missing or unreadable");
    }
}
