package dev.waypoint.shared;

/**
 * An update was based on a stale version of an entity (optimistic locking), or a unique rule would be broken.
 * The REST adapter answers 409.
 */
public final class ConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;

    public ConflictException(String messageKey, String message) {
        super(message);
        this.messageKey = messageKey;
    }

    public static ConflictException staleVersion(String entity, Object id, long expected, long actual) {
        return new ConflictException("waypoint.error.stale",
                entity + " " + id + " was changed by someone else (version " + actual + ", yours " + expected
                        + "); reload and try again");
    }

    public String messageKey() {
        return messageKey;
    }
}
