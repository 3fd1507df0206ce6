package dev.teamgate.platform.error;

import lombok.RequiredArgsConstructor;

/** The vendor-neutral kinds of failure; each vendor's {@link ErrorRenderer} gives them a wire shape. */
@RequiredArgsConstructor
public enum ProblemKind {
    /** A parameter is missing or has the wrong type or format. */
    BAD_REQUEST(400),
    /** The body could not be parsed at all. */
    MALFORMED_BODY(400),
    /** The body parsed but a field breaks a rule. */
    VALIDATION(422),
    UNAUTHENTICATED(401),
    PAYMENT_REQUIRED(402),
    FORBIDDEN(403),
    NOT_FOUND(404),
    METHOD_NOT_ALLOWED(405),
    CONFLICT(409),
    GONE(410),
    PAYLOAD_TOO_LARGE(413),
    UNSUPPORTED_MEDIA_TYPE(415),
    RATE_LIMITED(429),
    INTERNAL(500);

    private final int defaultStatus;

    /** The kind a plain HTTP error status stands for (400 is a bad request, 5xx are internal). */
    public static ProblemKind forStatus(int status) {
        for (ProblemKind kind : values()) {
            if (kind.defaultStatus == status && kind != MALFORMED_BODY) {
                return kind;
            }
        }
        return status >= 500 ? INTERNAL : BAD_REQUEST;
    }

    /** The status most vendors use; a renderer may choose another. */
    public int defaultStatus() {
        return defaultStatus;
    }
}
