package dev.waypoint.shared;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Bad user input, with every bad field at once. Raised before anything is written, so nothing is written when it is
 * raised. The REST adapter answers it with 400 and the field messages.
 */
public final class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(summary(errors));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("'errors' must not be empty");
        }
        this.errors = List.copyOf(errors);
    }

    public static InvalidInputException of(String field, String messageKey, String message, Object... args) {
        return new InvalidInputException(List.of(new FieldError(field, messageKey, List.of(args), message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** Whether one of the errors is about {@code field}. */
    public boolean hasErrorFor(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    private static String summary(List<FieldError> errors) {
        return errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; "));
    }
}
