package dev.teamgate.commflow;

import dev.teamgate.platform.error.ApiProblem;
import dev.teamgate.platform.error.ApiProblemException;
import dev.teamgate.platform.error.ProblemKind;
import dev.teamgate.platform.error.RenderedError;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CommFlow's error shape, {@code {"error":{"type","code","message","param"}}}, with the documented
 * types and statuses, plus the exceptions controllers throw to produce it. The OAuth token endpoint
 * is the one exception: it answers in the RFC 6749 shape {@code {"error","error_description"}}
 * that OAuth client libraries parse (a problem carrying the {@link #OAUTH_ERROR} detail).
 */
final class CommFlowErrors {

    private static final String OAUTH_ERROR = "oauth_error";
    /** Detail naming the scope an {@code insufficient_scope} refusal lacked. */
    private static final String SCOPE = "scope";

    private CommFlowErrors() {
    }

    static RenderedError render(ApiProblem problem) {
        if (problem.details().get(OAUTH_ERROR) instanceof String oauthError) {
            return oauth(oauthError, problem);
        }
        Shape shape = Shape.of(problem.kind());
        Map<String, String> headers = new LinkedHashMap<>();
        String message = sentence(problem.message());
        if (problem.kind() == ProblemKind.RATE_LIMITED) {
            long seconds = retryAfterSeconds(problem.retryAfter());
            headers.put("Retry-After", String.valueOf(seconds));
            message = "Too many requests. Retry after " + seconds + " second" + (seconds == 1 ? "" : "s") + ".";
        }
        if (problem.kind() == ProblemKind.INTERNAL) {
            message = "An unexpected error occurred. Please try again later.";
        }
        if (problem.kind() == ProblemKind.UNAUTHENTICATED) {
            headers.put("WWW-Authenticate", BearerChallenge.unauthenticated(problem.code()));
        }
        if (problem.kind() == ProblemKind.FORBIDDEN && "insufficient_scope".equals(problem.code())
                && problem.details().get(SCOPE) instanceof String scope) {
            headers.put("WWW-Authenticate", BearerChallenge.insufficientScope(scope));
        }
        if (problem.kind() == ProblemKind.METHOD_NOT_ALLOWED && problem.details().get("allow") instanceof String allow
                && !allow.isEmpty()) {
            headers.put("Allow", allow);
        }
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("type", shape.type);
        error.put("code", problem.code() != null ? problem.code() : shape.code);
        error.put("message", message);
        error.put("param", problem.param());
        return new RenderedError(shape.status, headers, Map.of("error", error));
    }

    private static RenderedError oauth(String oauthError, ApiProblem problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", oauthError);
        body.put("error_description", problem.message());
        if ("invalid_client".equals(oauthError)) {
            return new RenderedError(401, Map.of("WWW-Authenticate", "Basic realm=\"CommFlow\""), body);
        }
        return new RenderedError(400, Map.of(), body);
    }

    /** The errors CommFlow's OpenAPI document declares on every operation, as the code raises them. */
    static Map<String, ApiProblem> documented() {
        Map<String, ApiProblem> errors = new LinkedHashMap<>();
        errors.put("Bad query parameter", badParameter(ListQuery.ORDER, "The 'order' parameter must be 'asc' or 'desc'.")
                .problem());
        errors.put("No API key", unauthenticated("missing_api_key", CommFlowAuthenticator.NO_API_KEY));
        errors.put("Missing scope", missingScope(CommFlowScope.WRITE_TICKETS.value()).problem());
        errors.put("Not found", notFound("ticket", "ticket_missing").problem());
        errors.put("Invalid field", invalidField("subject", "The 'subject' field is required.").problem());
        return errors;
    }

    /** 400 invalid_request_error for a bad query parameter. */
    static ApiProblemException badParameter(String param, String message) {
        return new ApiProblemException(ApiProblem.of(ProblemKind.BAD_REQUEST, message, param).withCode("invalid_parameter"));
    }

    /** 400 invalid_request_error for a query parameter the endpoint does not know (filters, sort). */
    static ApiProblemException unknownParameter(String param, String message) {
        return new ApiProblemException(ApiProblem.of(ProblemKind.BAD_REQUEST, message, param).withCode("unknown_parameter"));
    }

    /** 422 invalid_request_error for a body field that breaks a rule. */
    static ApiProblemException invalidField(String param, String message) {
        return new ApiProblemException(ApiProblem.of(ProblemKind.VALIDATION, message, param).withCode("invalid_parameter"));
    }

    /** 400 invalid_request_error for a body that is not a JSON object. */
    static ApiProblemException invalidBody(String message) {
        return new ApiProblemException(ApiProblem.of(ProblemKind.MALFORMED_BODY, message).withCode("invalid_json"));
    }

    /** 404 not_found_error, in Stripe-like wording: {@code No such ticket: 'ticket_x'}. */
    static ApiProblemException notFound(String resource, String id) {
        return new ApiProblemException(ApiProblem.of(ProblemKind.NOT_FOUND, "No such " + resource + ": '" + id + "'", "id")
                .withCode("resource_not_found"));
    }

    static ApiProblemException missingScope(String scope) {
        return new ApiProblemException(ApiProblem.of(ProblemKind.FORBIDDEN,
                "This credential does not have the '" + scope + "' scope required for this request.")
                .withCode("insufficient_scope").withDetails(Map.of(SCOPE, scope)));
    }

    static ApiProblem unauthenticated(String code, String message) {
        return ApiProblem.of(ProblemKind.UNAUTHENTICATED, message).withCode(code);
    }

    static ApiProblemException oauthError(String oauthError, String description) {
        return new ApiProblemException(ApiProblem.of(ProblemKind.BAD_REQUEST, description)
                .withDetails(Map.of(OAUTH_ERROR, oauthError)));
    }

    private static long retryAfterSeconds(Duration retryAfter) {
        return retryAfter == null ? 1 : Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

    /** Platform messages come without a full stop; CommFlow's messages are sentences. */
    static String sentence(String message) {
        if (message == null || message.isEmpty()) {
            return "";
        }
        char last = message.charAt(message.length() - 1);
        return last == '.' || last == '?' || last == '!' ? message : message + ".";
    }

    private record Shape(int status, String type, String code) {

        static Shape of(ProblemKind kind) {
            return switch (kind) {
                case BAD_REQUEST -> new Shape(400, "invalid_request_error", "invalid_parameter");
                case MALFORMED_BODY -> new Shape(400, "invalid_request_error", "invalid_json");
                case VALIDATION -> new Shape(422, "invalid_request_error", "invalid_parameter");
                case UNAUTHENTICATED -> new Shape(401, "authentication_error", "authentication_required");
                case PAYMENT_REQUIRED -> new Shape(402, "invalid_request_error", "payment_required");
                case FORBIDDEN -> new Shape(403, "authorization_error", "insufficient_permissions");
                case NOT_FOUND -> new Shape(404, "not_found_error", "resource_not_found");
                case METHOD_NOT_ALLOWED -> new Shape(405, "invalid_request_error", "method_not_allowed");
                case CONFLICT -> new Shape(409, "invalid_request_error", "conflict");
                case GONE -> new Shape(410, "invalid_request_error", "gone");
                case PAYLOAD_TOO_LARGE -> new Shape(413, "invalid_request_error", "payload_too_large");
                case UNSUPPORTED_MEDIA_TYPE -> new Shape(415, "invalid_request_error", "unsupported_media_type");
                case RATE_LIMITED -> new Shape(429, "rate_limit_error", "rate_limit_exceeded");
                case INTERNAL -> new Shape(500, "api_error", "internal_error");
            };
        }
    }
}
