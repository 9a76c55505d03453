package dev.waypoint.keyresult;

import dev.waypoint.shared.UserKey;
import java.util.Objects;

/**
 * Replace every editable field of a key result; it stays under its objective. {@code version} is the version the
 * caller read. See {@link KeyResultFields}.
 */
public record UpdateKeyResult(KeyResultId id, long version, String title, UserKey owner, Double weight, String unit,
        MeasureSpec measure, ValueSourceSpec source) implements KeyResultFields {

    public UpdateKeyResult {
        Objects.requireNonNull(id, "'id' must not be null");
    }
}
