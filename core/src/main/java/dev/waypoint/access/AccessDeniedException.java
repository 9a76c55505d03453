package dev.waypoint.access;

import java.util.List;
import java.util.Objects;

/**
 * The caller may not do what they asked. Raised before anything is read for them or written. The REST adapter
 * answers 401 when nobody is logged in ({@link #isUnauthenticated()}) and 403 otherwise, with the message of
 * {@link #messageKey()} translated.
 */
public final class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient List<Object> args;
    private final boolean unauthenticated;

    private AccessDeniedException(String messageKey, List<Object> args, boolean unauthenticated) {
        super(AccessMessages.CATALOG.format(messageKey, args.toArray()));
        this.messageKey = messageKey;
        this.args = List.copyOf(args);
        this.unauthenticated = unauthenticated;
    }

    /** Nobody is logged in. */
    public static AccessDeniedException notLoggedIn() {
        return new AccessDeniedException(AccessMessages.NOT_LOGGED_IN, List.of(), true);
    }

    /**
     * A logged-in user lacks a permission.
     *
     * @param messageKey a key of {@link AccessMessages#CATALOG}
     */
    public static AccessDeniedException denied(String messageKey, Object... args) {
        Objects.requireNonNull(messageKey, "'messageKey' must not be null");
        return new AccessDeniedException(messageKey, List.of(display(args)), false);
    }

    public String messageKey() {
        return messageKey;
    }

    /** The message's arguments, as display strings. */
    public List<Object> args() {
        return args;
    }

    /** Whether the refusal is because nobody is logged in (401), not because of a missing permission (403). */
    public boolean isUnauthenticated() {
        return unauthenticated;
    }

    private static Object[] display(Object... args) {
        Object[] strings = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            strings[i] = String.valueOf(args[i]);
        }
        return strings;
    }
}
