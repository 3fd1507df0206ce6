package dev.teamgate.domain.file;

import dev.teamgate.domain.InvalidInputException;

/** An upload went past the size it was allowed; nothing of it is kept. */
public class FileTooLargeException extends InvalidInputException {

    private final long limit;

    public FileTooLargeException(long limit) {
        super("file", "The file is larger than " + limit + " bytes");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
