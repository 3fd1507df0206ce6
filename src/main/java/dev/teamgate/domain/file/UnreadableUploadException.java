package dev.teamgate.domain.file;

import dev.teamgate.domain.InvalidInputException;

/** The uploaded bytes could not be read from the client; nothing of them is kept. */
public class UnreadableUploadException extends InvalidInputException {

    public UnreadableUploadException(Throwable cause) {
        super("file", "The uploaded file could not be read");
        initCause(cause);
    }
}
