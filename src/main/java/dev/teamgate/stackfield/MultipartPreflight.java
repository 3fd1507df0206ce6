package dev.teamgate.stackfield;

import dev.teamgate.platform.error.ApiProblem;
import dev.teamgate.platform.error.ProblemKind;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * Parses a multipart body before Spring MVC does, so a truncated or malformed one is answered in
 * Stackfield's shape (4043 "Cannot read file." on a File webhook, 4031 elsewhere; over the
 * container's multipart limit 4042) instead of reaching the platform as an internal error: the
 * platform maps Spring's {@code MultipartException} to {@code INTERNAL}. The servlet container
 * keeps the parsed parts, so the controller reads them without a second parse.
 */
final class MultipartPreflight {

    private MultipartPreflight() {
    }

    static Optional<ApiProblem> refusal(HttpServletRequest request, WebhookKind kind) {
        String contentType = request.getContentType();
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            return Optional.empty();
        }
        try {
            request.getParts();
            return Optional.empty();
        } catch (IllegalStateException e) {
            if (mentionsSizeLimit(e)) {
                return Optional.of(ApiProblem.of(ProblemKind.PAYLOAD_TOO_LARGE, "The upload is too large"));
            }
            return Optional.of(unreadable(kind));
        } catch (IOException | ServletException e) {
            return Optional.of(unreadable(kind));
        }
    }

    private static ApiProblem unreadable(WebhookKind kind) {
        return (kind == WebhookKind.FILE ? ResultCode.CANNOT_READ_FILE : ResultCode.INVALID_REQUEST).problem();
    }

    /** How Spring itself tells a size limit from other parse failures. */
    private static boolean mentionsSizeLimit(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (message.contains("size") && message.contains("exceed")) {
                return true;
            }
        }
        return false;
    }
}
