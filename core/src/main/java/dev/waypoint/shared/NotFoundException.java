package dev.waypoint.shared;

/** A referenced entity does not exist (or is not visible to the caller). The REST adapter answers 404. */
public final class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String entity;
    private final String id;

    public NotFoundException(String entity, Object id) {
        super(entity + " " + id + " does not exist");
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
