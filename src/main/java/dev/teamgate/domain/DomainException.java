package dev.teamgate.domain;

/**
 * Base of every domain failure. Carries no HTTP status: each vendor maps these to its own
 * status and body at the edge (DESIGN.md rule 4).
 */
public abstract class DomainException extends RuntimeException {

    protected DomainException(String message) {
        super(message);
    }
}
