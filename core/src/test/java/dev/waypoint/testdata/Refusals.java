package dev.waypoint.testdata;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.waypoint.shared.FieldError;
import dev.waypoint.shared.InvalidInputException;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Helpers to look into an {@link InvalidInputException} a command raises. */
public final class Refusals {

    private Refusals() {
    }

    /** The exception {@code command} raises; fails the test if it raises none. */
    public static InvalidInputException invalid(ThrowingCallable command) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, command);
        if (e == null) {
            throw new AssertionError("expected an InvalidInputException, but the command was accepted");
        }
        return e;
    }

    /** The bad fields {@code command} reports, in order. */
    public static List<String> fields(ThrowingCallable command) {
        return invalid(command).errors().stream().map(FieldError::field).toList();
    }

    /** The message keys {@code command} reports, in order. */
    public static List<String> keys(ThrowingCallable command) {
        return invalid(command).errors().stream().map(FieldError::messageKey).toList();
    }
}
