package dev.teamgate.teamfluence;

import dev.teamgate.platform.error.ApiProblem;
import dev.teamgate.platform.error.ApiProblemException;
import dev.teamgate.platform.error.ProblemKind;
import lombok.RequiredArgsConstructor;

/**
 * The errors Teamfluence's own code raises: each with the problem kind that sets its status and the
 * wording of the Django REST framework messages the API's error shape comes from. Errors Spring
 * raises (a wrong method, a malformed parameter) keep their own messages.
 */
@RequiredArgsConstructor
enum TeamfluenceError {

    NOT_FOUND(ProblemKind.NOT_FOUND, "Not found."),
    NOT_AUTHENTICATED(ProblemKind.UNAUTHENTICATED, "Authentication credentials were not provided."),
    INVALID_KEY(ProblemKind.UNAUTHENTICATED, "Invalid API key."),
    WRONG_PROFILE(ProblemKind.UNAUTHENTICATED, "The API key does not belong to this profile."),
    INACTIVE_PROFILE(ProblemKind.UNAUTHENTICATED,
            "The profile of this API key was removed or deactivated in the teamspace."),
    NOT_ADMINISTRATOR(ProblemKind.UNAUTHENTICATED, "Only Administrators and Teamspace Owners can use the API."),
    MISSING_BILLING_SCOPE(ProblemKind.PAYMENT_REQUIRED,
            "Missing Billing Scope: your teamspace subscription does not include API access.");

    private final ProblemKind kind;
    private final String detail;

    /** The {@code detail} the answer's body carries. */
    String detail() {
        return detail;
    }

    ApiProblem problem() {
        return ApiProblem.of(kind, detail);
    }

    ApiProblemException exception() {
        return new ApiProblemException(problem());
    }
}
