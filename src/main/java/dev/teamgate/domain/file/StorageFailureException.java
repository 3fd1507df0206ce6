package dev.teamgate.domain.file;

import dev.teamgate.domain.DomainException;

/** The server could not write an upload to its own storage (disk full, no permission). */
public class StorageFailureException extends DomainException {

    public StorageFailureException(String message, Throwable cause) {
        super(message);
        initCause(cause);
    }
}
