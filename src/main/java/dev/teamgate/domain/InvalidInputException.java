package dev.teamgate.domain;

/** A value the caller sent breaks a domain rule; {@code field} names it when one field is at fault. */
public class InvalidInputException extends DomainException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
