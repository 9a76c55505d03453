package dev.waypoint.shared;

import java.util.List;
import java.util.Objects;

/**
 * One bad field of a user's input: which field, an i18n message key for the adapters to translate, the arguments of
 * that message, and the English default text.
 *
 * @param field      the field's name as the API and the UI know it, e.g. {@code "weight"} or {@code "keyResults[2].target"}
 * @param messageKey an i18n key, {@code waypoint.<feature>.<thing>}
 * @param args       the message's arguments, in order
 * @param message    the English message, already formatted
 */
public record FieldError(String field, String messageKey, List<Object> args, String message) {

    public FieldError {
        Objects.requireNonNull(field, "'field' must not be null");
        Objects.requireNonNull(messageKey, "'messageKey' must not be null");
        Objects.requireNonNull(message, "'message' must not be null");
        args = args == null ? List.of() : List.copyOf(args);
    }
}
