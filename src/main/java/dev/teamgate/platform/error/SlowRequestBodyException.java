package dev.teamgate.platform.error;

import java.io.IOException;

/**
 * Raised while reading a request body that fell behind its deadline ({@code teamgate.http.body-timeout},
 * {@code body-min-rate}); the connection is already closed. It is an IOException so it travels
 * through body parsers; {@link ProblemMapper} finds it in the cause chain and makes it a 400,
 * never a 500: a slow client is bad input, not a server fault.
 */
public class SlowRequestBodyException extends IOException {

    public SlowRequestBodyException() {
        super("The request body arrived too slowly; the connection was closed");
    }
}
