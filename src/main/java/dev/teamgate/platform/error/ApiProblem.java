package dev.teamgate.platform.error;

import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A failure on its way to the wire, before a vendor gives it a shape.
 *
 * @param kind       what went wrong, vendor-neutral
 * @param message    a human sentence
 * @param param      the parameter or field at fault, if one is
 * @param code       a vendor-specific code chosen by the vendor's own code (for example a
 *                   Stackfield result code), or {@code null}
 * @param retryAfter for {@link ProblemKind#RATE_LIMITED}: how long until a retry can pass
 * @param details    extra vendor-specific values for the renderer
 */
public record ApiProblem(ProblemKind kind, String message, @Nullable String param, @Nullable String code,
                         @Nullable Duration retryAfter, Map<String, Object> details) {

    public ApiProblem {
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    public static ApiProblem of(ProblemKind kind, String message) {
        return new ApiProblem(kind, message, null, null, null, Map.of());
    }

    public static ApiProblem of(ProblemKind kind, String message, @Nullable String param) {
        return new ApiProblem(kind, message, param, null, null, Map.of());
    }

    public ApiProblem withCode(String newCode) {
        return new ApiProblem(kind, message, param, newCode, retryAfter, details);
    }

    public ApiProblem withRetryAfter(Duration after) {
        return new ApiProblem(kind, message, param, code, after, details);
    }

    public ApiProblem withDetails(Map<String, Object> newDetails) {
        return new ApiProblem(kind, message, param, code, retryAfter, newDetails);
    }
}
