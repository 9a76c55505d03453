package dev.waypoint.shared;

import java.util.List;

/**
 * An update was based on a stale version of an entity (optimistic locking), or a unique rule would be broken.
 * The REST adapter answers 409 with the message of {@link #messageKey()} in the user's language, filled with
 * {@link #args()}.
 */
public final class ConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final String[] args;

    /**
     * @param messageKey the i18n key of the message
     * @param message    the English message, already formatted
     * @param args       the message's arguments, in order, as text (see {@link MessageCatalog#conflict})
     */
    public ConflictException(String messageKey, String message, String... args) {
        super(message);
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    /** {@code waypoint.error.stale}: {0} entity, {1} id, {2} the stored version, {3} the version sent. */
    public static ConflictException staleVersion(String entity, Object id, long expected, long actual) {
        return new ConflictException("waypoint.error.stale",
                entity + " " + id + " was changed by someone else (version " + actual + ", yours " + expected
                        + "); reload and try again", entity, String.valueOf(id), String.valueOf(actual),
                String.valueOf(expected));
    }

    public String messageKey() {
        return messageKey;
    }

    /** The message's arguments, in order. */
    public List<Object> args() {
        return List.of((Object[]) args);
    }
}
