package dev.teamgate.teamfluence;

import dev.teamgate.platform.error.ApiProblem;
import dev.teamgate.platform.error.ErrorRenderer;
import dev.teamgate.platform.error.RenderedError;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Teamfluence errors: the documented statuses with a {@code {"detail": "..."}} body, worded like
 * the Django REST framework messages the API's error shape comes from.
 */
final class TeamfluenceErrors implements ErrorRenderer {

    private static final String SERVER_ERROR = "A server error occurred.";

    /** The errors Teamfluence's OpenAPI document declares on every operation, as the code raises them. */
    static Map<String, ApiProblem> documented() {
        Map<String, ApiProblem> errors = new LinkedHashMap<>();
        errors.put("Bad parameter", QueryParameters.bad("since must be an ISO-8601 date or date-time, such as "
                + "2026-06-01 or 2026-06-01T08:00:00Z.", "since").problem());
        errors.put("No API key", TeamfluenceError.NOT_AUTHENTICATED.problem());
        errors.put("Invalid API key", TeamfluenceError.INVALID_KEY.problem());
        errors.put("No API access in the subscription", TeamfluenceError.MISSING_BILLING_SCOPE.problem());
        errors.put("Not found", TeamfluenceError.NOT_FOUND.problem());
        return errors;
    }

    @Override
    public RenderedError render(ApiProblem problem) {
        return switch (problem.kind()) {
            case BAD_REQUEST, MALFORMED_BODY, VALIDATION -> error(400, problem.message());
            case UNAUTHENTICATED -> new RenderedError(401, Map.of("WWW-Authenticate", "Bearer realm=\"api\""),
                    new TeamfluenceDetail(problem.message()));
            case PAYMENT_REQUIRED -> error(402, problem.message());
            case NOT_FOUND -> error(404, TeamfluenceError.NOT_FOUND.detail());
            case METHOD_NOT_ALLOWED -> methodNotAllowed(problem);
            case RATE_LIMITED -> throttled(problem);
            case INTERNAL -> error(500, SERVER_ERROR);
            default -> error(problem.kind().defaultStatus(), problem.message());
        };
    }

    private static RenderedError error(int status, String detail) {
        return RenderedError.of(status, new TeamfluenceDetail(detail));
    }

    private static RenderedError methodNotAllowed(ApiProblem problem) {
        Object allow = problem.details().get("allow");
        Map<String, String> headers = allow == null || allow.toString().isEmpty()
                ? Map.of() : Map.of("Allow", allow.toString());
        return new RenderedError(405, headers, new TeamfluenceDetail(problem.message()));
    }

    /** 429 with the whole seconds to wait, rounded up, in {@code Retry-After} and in the text. */
    private static RenderedError throttled(ApiProblem problem) {
        long seconds = problem.retryAfter() == null ? 1
                : Math.max(1, (problem.retryAfter().toMillis() + 999) / 1000);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Retry-After", String.valueOf(seconds));
        String detail = "Request was throttled. Expected available in " + seconds
                + (seconds == 1 ? " second." : " seconds.");
        return new RenderedError(429, headers, new TeamfluenceDetail(detail));
    }
}
