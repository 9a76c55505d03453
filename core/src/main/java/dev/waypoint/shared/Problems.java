package dev.waypoint.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of one input so that all of them are reported together, then raises one
 * {@link InvalidInputException}. Not thread-safe; one instance per validation.
 *
 * <pre>{@code
 * Problems problems = new Problems();
 * problems.require(title != null && !title.isBlank(), "title", "waypoint.objective.title.required", "Title is required");
 * problems.throwIfAny();
 * }</pre>
 */
public final class Problems {

    private final List<FieldError> errors = new ArrayList<>();

    /** Records a problem unless {@code ok}. Returns {@code ok}, so callers can skip checks that depend on this one. */
    public boolean require(boolean ok, String field, String messageKey, String message, Object... args) {
        if (!ok) {
            add(field, messageKey, message, args);
        }
        return ok;
    }

    public Problems add(String field, String messageKey, String message, Object... args) {
        errors.add(new FieldError(field, messageKey, List.of(args), message));
        return this;
    }

    /** Adds the errors of an exception raised by a nested validation, e.g. a value object's constructor. */
    public Problems addAll(InvalidInputException e) {
        errors.addAll(e.errors());
        return this;
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public boolean has(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
