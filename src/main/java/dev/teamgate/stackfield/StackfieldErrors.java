package dev.teamgate.stackfield;

import dev.teamgate.platform.error.ApiProblem;
import dev.teamgate.platform.error.ErrorRenderer;
import dev.teamgate.platform.error.ProblemKind;
import dev.teamgate.platform.error.RenderedError;
import java.util.Map;
import org.springframework.util.unit.DataSize;

/**
 * Stackfield's error shape, and the one place where its HTTP statuses are decided.
 *
 * <p>Stackfield's clients read the result code from the body and ignore the status (the
 * unofficial Node client) or only check for 200 (Apprise), so every result code travels with
 * HTTP 200, as the real service is understood to answer. The exceptions are failures that never
 * reach a webhook: no such endpoint (404), a method other than POST (405, with {@code Allow}) and
 * a server fault (500); they carry code 4030 "Request could not be completed." in the same shape.
 */
final class StackfieldErrors implements ErrorRenderer {

    private final String fileTooBigText;

    StackfieldErrors(DataSize maxFileSize) {
        this.fileTooBigText = fileTooBigText(maxFileSize);
    }

    /**
     * The errors Stackfield's OpenAPI document declares on every operation, as the code raises them
     * (most are HTTP 200 with a result code; see the class comment).
     */
    static Map<String, ApiProblem> documented() {
        Map<String, ApiProblem> errors = new java.util.LinkedHashMap<>();
        errors.put("Unknown webhook URL", ResultCode.INVALID_OBJECT_ID.problem());
        errors.put("Empty title", ResultCode.TITLE_EMPTY.problem());
        errors.put("Same body twice", ResultCode.DOUBLE_REQUEST.problem());
        errors.put("Integration disabled", ResultCode.INTEGRATION_DISABLED.problem());
        errors.put("No such endpoint", ApiProblem.of(ProblemKind.NOT_FOUND, "No endpoint"));
        return errors;
    }

    @Override
    public RenderedError render(ApiProblem problem) {
        String code = problem.code();
        String text = problem.message();
        if (code == null) {
            ResultCode mapped = codeFor(problem.kind());
            code = mapped.code();
            text = mapped == ResultCode.FILE_TOO_BIG ? fileTooBigText : mapped.text();
        }
        Map<String, String> headers = Map.of();
        Object allow = problem.details().get("allow");
        if (problem.kind() == ProblemKind.METHOD_NOT_ALLOWED && allow != null && !allow.toString().isEmpty()) {
            headers = Map.of("Allow", allow.toString());
        }
        return new RenderedError(httpStatus(problem), headers, WebhookResult.error(code, text));
    }

    /** The HTTP status decision: 200 for every result code, except for failures outside the webhook protocol. */
    static int httpStatus(ApiProblem problem) {
        if (problem.code() != null) {
            return 200;
        }
        return switch (problem.kind()) {
            case NOT_FOUND -> 404;
            case METHOD_NOT_ALLOWED -> 405;
            case INTERNAL -> 500;
            default -> 200;
        };
    }

    /** Result codes for the failures the platform detects before or around a webhook. */
    static ResultCode codeFor(ProblemKind kind) {
        return switch (kind) {
            case MALFORMED_BODY, UNSUPPORTED_MEDIA_TYPE -> ResultCode.INVALID_REQUEST;
            case BAD_REQUEST -> ResultCode.INVALID_REQUEST_CONTENT;
            case VALIDATION -> ResultCode.PROPERTY_NOT_PARSED;
            case UNAUTHENTICATED -> ResultCode.INVALID_OBJECT_ID;
            case PAYMENT_REQUIRED -> ResultCode.NOT_PAID;
            case RATE_LIMITED -> ResultCode.CALL_LIMIT_EXCEEDED;
            case PAYLOAD_TOO_LARGE -> ResultCode.FILE_TOO_BIG;
            case FORBIDDEN, NOT_FOUND, METHOD_NOT_ALLOWED, CONFLICT, GONE, INTERNAL -> ResultCode.REQUEST_NOT_COMPLETED;
        };
    }

    /** "File is too big. Max 1GB." with the configured limit in place of 1GB. */
    static String fileTooBigText(DataSize limit) {
        return "File is too big. Max " + compact(limit) + ".";
    }

    private static String compact(DataSize size) {
        long bytes = size.toBytes();
        if (bytes > 0 && bytes % DataSize.ofGigabytes(1).toBytes() == 0) {
            return bytes / DataSize.ofGigabytes(1).toBytes() + "GB";
        }
        if (bytes > 0 && bytes % DataSize.ofMegabytes(1).toBytes() == 0) {
            return bytes / DataSize.ofMegabytes(1).toBytes() + "MB";
        }
        if (bytes > 0 && bytes % DataSize.ofKilobytes(1).toBytes() == 0) {
            return bytes / DataSize.ofKilobytes(1).toBytes() + "KB";
        }
        return bytes + "B";
    }
}
