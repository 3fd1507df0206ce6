package dev.teamgate.teamfluence;

import dev.teamgate.platform.error.ApiProblem;
import dev.teamgate.platform.error.ErrorRenderer;
import dev.teamgate.platform.error.ProblemKind;
import dev.teamgate.platform.error.RenderedError;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Teamfluence errors: the documented statuses with a {@code {"detail": "..."}} body, worded like
 * the Django REST framework messages the API's error shape comes from.
 */
final class TeamfluenceErrors implements ErrorRenderer {

    static final String NOT_FOUND = "Not found.";
    static final String NOT_AUTHENTICATED = "Authentication credentials were not provided.";
    static final String INVALID_KEY = "Invalid API key.";
    static final String WRONG_PROFILE = "The API key does not belong to this profile.";
    static final String INACTIVE_PROFILE = "The profile of this API key was removed or deactivated in the teamspace.";
    static final String NOT_ADMINISTRATOR = "Only Administrators and Teamspace Owners can use the API.";
    static final String MISSING_BILLING_SCOPE =
            "Missing Billing Scope: your teamspace subscription does not include API access.";
    static final String BILLING_LIMITED =
            "The request was accepted but not completed: your teamspace subscription is limited by billing.";
    private static final String SERVER_ERROR = "A server error occurred.";

    /** The errors Teamfluence's OpenAPI document declares on every operation, as the code raises them. */
    static Map<String, ApiProblem> documented() {
        Map<String, ApiProblem> errors = new LinkedHashMap<>();
        errors.put("Bad parameter", QueryParameters.bad("since must be an ISO-8601 date or date-time, such as "
                + "2026-06-01 or 2026-06-01T08:00:00Z.", "since").problem());
        errors.put("No API key", ApiProblem.of(ProblemKind.UNAUTHENTICATED, NOT_AUTHENTICATED));
        errors.put("Invalid API key", ApiProblem.of(ProblemKind.UNAUTHENTICATED, INVALID_KEY));
        errors.put("No API access in the subscription", ApiProblem.of(ProblemKind.PAYMENT_REQUIRED, MISSING_BILLING_SCOPE));
        errors.put("Not found", ApiProblem.of(ProblemKind.NOT_FOUND, NOT_FOUND));
        return errors;
    }

    @Override
    public RenderedError render(ApiProblem problem) {
        return switch (problem.kind()) {
            case BAD_REQUEST, MALFORMED_BODY, VALIDATION -> error(400, problem.message());
            case UNAUTHENTICATED -> new RenderedError(401, Map.of("WWW-Authenticate", "Bearer realm=\"api\""),
                    new TeamfluenceDetail(problem.message()));
            case PAYMENT_REQUIRED -> error(402, problem.message());
            case NOT_FOUND -> error(404, NOT_FOUND);
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
