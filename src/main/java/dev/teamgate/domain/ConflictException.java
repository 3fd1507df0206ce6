package dev.teamgate.domain;

/** The request is well formed but clashes with current state (duplicate key, wrong lifecycle state). */
public class ConflictException extends DomainException {

    public ConflictException(String message) {
        super(message);
    }
}
