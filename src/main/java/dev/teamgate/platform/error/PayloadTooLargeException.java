package dev.teamgate.platform.error;

import java.io.IOException;

/**
 * Raised while reading a request body that grows past {@code teamgate.http.max-body-size}. It is an
 * IOException so it travels through body parsers; {@link ProblemMapper} finds it in the cause chain.
 */
public class PayloadTooLargeException extends IOException {

    public PayloadTooLargeException(long limit) {
        super("The request body is larger than " + limit + " bytes");
    }
}
