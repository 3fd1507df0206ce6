package dev.teamgate.domain;

/** The named thing does not exist, or is not visible to the caller's workspace. */
public class NotFoundException extends DomainException {

    private final String entity;
    private final String id;

    public NotFoundException(String entity, Object id) {
        super(entity + " " + id + " not found");
        this.entity = entity;
        this.id = String.valueOf(id);
    }

    public String entity() {
        return entity;
    }

    public String id() {
        return id;
    }
}
