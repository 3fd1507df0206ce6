package dev.teamgate.talktome;

import dev.teamgate.platform.error.ApiProblem;
import dev.teamgate.platform.error.ApiProblemException;
import dev.teamgate.platform.error.ErrorRenderer;
import dev.teamgate.platform.error.ProblemKind;
import dev.teamgate.platform.error.RenderedError;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How talk-to-me answers failures: always the {@code success/error/message} envelope, with the
 * statuses the vendor documents (400, 401, 403, 404, 405, 500). The vendor has no 422, so rule
 * violations are 400 like every other bad parameter. Also the factory of this vendor's errors.
 */
final class TalkToMeErrors implements ErrorRenderer {

    private static final String ALLOWED_METHODS = "GET, POST";

    @Override
    public RenderedError render(ApiProblem problem) {
        int status = switch (problem.kind()) {
            case BAD_REQUEST, MALFORMED_BODY, VALIDATION -> 400;
            default -> problem.kind().defaultStatus();
        };
        Map<String, String> headers = new LinkedHashMap<>();
        if (problem.kind() == ProblemKind.METHOD_NOT_ALLOWED) {
            Object allow = problem.details().get("allow");
            headers.put("Allow", allow == null || allow.toString().isBlank() ? ALLOWED_METHODS : allow.toString());
        }
        if (problem.retryAfter() != null) {
            headers.put("Retry-After", String.valueOf(Math.max(1, (problem.retryAfter().toMillis() + 999) / 1000)));
        }
        return new RenderedError(status, headers, ErrorAnswer.of(problem.message()));
    }

    /** The errors talk-to-me's OpenAPI document declares on every operation, as the code raises them. */
    static Map<String, ApiProblem> documented() {
        Map<String, ApiProblem> errors = new LinkedHashMap<>();
        errors.put("Missing parameter", missingParameter("companyId").problem());
        errors.put("No key", unauthenticated().problem());
        errors.put("Wrong key", invalidKey().problem());
        errors.put("Unknown account",
                notFound("No account was found for the talkToMeId QAT88PF4NQUB50SOHFLIPQL9XX.").problem());
        return errors;
    }

    /** 400, the vendor's own wording: {@code The parameter companyId must be filled.} */
    static ApiProblemException missingParameter(String name) {
        return new ApiProblemException(ProblemKind.BAD_REQUEST, "The parameter " + name + " must be filled.", name);
    }

    /** 400 for a parameter that is present but unusable. */
    static ApiProblemException invalidParameter(String name, String message) {
        return new ApiProblemException(ProblemKind.BAD_REQUEST, message, name);
    }

    /** 401: the endpoint needs company authentication and no key was sent at all. */
    static ApiProblemException unauthenticated() {
        return new ApiProblemException(ProblemKind.UNAUTHENTICATED,
                "Authentication required: send companyId and key (parameter or Authorization header).");
    }

    /** 403: unknown company, or a key that is not the company's key for today. */
    static ApiProblemException invalidKey() {
        return forbidden("Invalid authentication: the key does not match the company.");
    }

    static ApiProblemException forbidden(String message) {
        return new ApiProblemException(ProblemKind.FORBIDDEN, message);
    }

    static ApiProblemException notFound(String message) {
        return new ApiProblemException(ProblemKind.NOT_FOUND, message);
    }
}
