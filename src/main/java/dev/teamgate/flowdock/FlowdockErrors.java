package dev.teamgate.flowdock;

import dev.teamgate.platform.error.ApiProblem;
import dev.teamgate.platform.error.ApiProblemException;
import dev.teamgate.platform.error.ProblemKind;
import dev.teamgate.platform.error.RenderedError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Flowdock's error shapes: {@code 400 {"message":"Validation error","errors":{"field":["..."]}}}
 * for bad input, {@code {"message":"..."}} with the fitting status for everything else. The OAuth
 * endpoints answer in the RFC 6749 section 5.2 shape {@code {"error","error_description"}} that
 * OAuth client libraries parse (a problem carrying the {@link #OAUTH_ERROR} detail).
 */
final class FlowdockErrors {

    private static final String VALIDATION_ERROR = "Validation error";
    private static final String ERRORS = "errors";
    private static final String OAUTH_ERROR = "oauth_error";
    /** Detail marking an error of the browser-facing authorization endpoint: never a 401 challenge there. */
    private static final String OAUTH_AUTHORIZE = "oauth_authorize";

    private FlowdockErrors() {
    }

    static RenderedError render(ApiProblem problem) {
        if (problem.details().get(OAUTH_ERROR) instanceof String oauthError) {
            return oauth(oauthError, problem.message(), problem.details().containsKey(OAUTH_AUTHORIZE));
        }
        Map<String, String> headers = new LinkedHashMap<>();
        if (problem.retryAfter() != null) {
            headers.put("Retry-After", String.valueOf(Math.max(1, (problem.retryAfter().toMillis() + 999) / 1000)));
        }
        Object allow = problem.details().get("allow");
        if (problem.kind() == ProblemKind.METHOD_NOT_ALLOWED && allow != null && !allow.toString().isEmpty()) {
            headers.put("Allow", allow.toString());
        }
        return switch (problem.kind()) {
            case VALIDATION -> new RenderedError(400, headers, validationBody(problem));
            case BAD_REQUEST -> problem.param() == null
                    ? new RenderedError(400, headers, message(problem.message()))
                    : new RenderedError(400, headers, validationBody(problem.param(), "is invalid"));
            case MALFORMED_BODY -> new RenderedError(400, headers, message(problem.message()));
            case INTERNAL -> new RenderedError(500, headers, message("Internal server error"));
            default -> new RenderedError(problem.kind().defaultStatus(), headers, message(problem.message()));
        };
    }

    /**
     * 400, or 401 with a Basic challenge for {@code invalid_client} at the token endpoint (RFC 6749
     * section 5.2); the authorization endpoint stays at 400, so a browser shows no password dialog.
     */
    private static RenderedError oauth(String error, String description, boolean atAuthorize) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("error_description", description);
        if ("invalid_client".equals(error) && !atAuthorize) {
            return new RenderedError(401, Map.of("WWW-Authenticate", "Basic realm=\"Flowdock\""), body);
        }
        return new RenderedError(400, Map.of(), body);
    }

    /** An OAuth 2.0 error of the authorization or token endpoint, e.g. {@code oauthError("invalid_grant", "…")}. */
    static ApiProblemException oauthError(String error, String description) {
        return new ApiProblemException(ApiProblem.of(ProblemKind.BAD_REQUEST, description)
                .withDetails(Map.of(OAUTH_ERROR, error)));
    }

    /** An OAuth 2.0 error of {@code /oauth/authorize} that cannot be redirected to the app (always 400). */
    static ApiProblemException oauthAuthorizeError(String error, String description) {
        return new ApiProblemException(ApiProblem.of(ProblemKind.BAD_REQUEST, description)
                .withDetails(Map.of(OAUTH_ERROR, error, OAUTH_AUTHORIZE, true)));
    }

    private static Map<String, Object> validationBody(ApiProblem problem) {
        Object errors = problem.details().get(ERRORS);
        if (errors != null) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("message", VALIDATION_ERROR);
            body.put(ERRORS, errors);
            return body;
        }
        return validationBody(problem.param() == null ? "base" : problem.param(), problem.message());
    }

    private static Map<String, Object> validationBody(String field, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("message", VALIDATION_ERROR);
        body.put(ERRORS, Map.of(field, List.of(message)));
        return body;
    }

    private static Map<String, Object> message(String text) {
        return Map.of("message", text);
    }

    /** A 400 validation error for one field, e.g. {@code invalid("content", "can't be blank")}. */
    static ApiProblemException invalid(String field, String message) {
        return new ApiProblemException(ApiProblem.of(ProblemKind.VALIDATION, message, field));
    }

    /** A 400 validation error naming several fields at once, in the given order. */
    static ApiProblemException invalid(Map<String, List<String>> errors) {
        String first = errors.keySet().iterator().next();
        return new ApiProblemException(ApiProblem.of(ProblemKind.VALIDATION, errors.get(first).get(0), first)
                .withDetails(Map.of(ERRORS, new LinkedHashMap<>(errors))));
    }

    /** The errors Flowdock's OpenAPI document declares on every operation, as the code raises them. */
    static Map<String, ApiProblem> documented() {
        Map<String, ApiProblem> errors = new LinkedHashMap<>();
        errors.put("Validation error", ApiProblem.of(ProblemKind.VALIDATION, "can't be blank", "content"));
        errors.put("No credentials", ApiProblem.of(ProblemKind.UNAUTHENTICATED, "Authentication required"));
        errors.put("Unknown API token", ApiProblem.of(ProblemKind.UNAUTHENTICATED, "Invalid API token"));
        errors.put("Flow not joined", ApiProblem.of(ProblemKind.FORBIDDEN, "You have not joined this flow"));
        errors.put("Flow not found", ApiProblem.of(ProblemKind.NOT_FOUND, "Flow not found"));
        errors.put("Removed source's flow_token",
                ApiProblem.of(ProblemKind.GONE, "The source of this flow_token has been removed"));
        return errors;
    }

    static ApiProblemException notFound(String message) {
        return new ApiProblemException(ProblemKind.NOT_FOUND, message);
    }

    static ApiProblemException forbidden(String message) {
        return new ApiProblemException(ProblemKind.FORBIDDEN, message);
    }

    static ApiProblemException unauthorized(String message) {
        return new ApiProblemException(ProblemKind.UNAUTHENTICATED, message);
    }

    static ApiProblemException gone(String message) {
        return new ApiProblemException(ProblemKind.GONE, message);
    }

    static ApiProblemException badRequest(String message) {
        return new ApiProblemException(ProblemKind.BAD_REQUEST, message);
    }
}
