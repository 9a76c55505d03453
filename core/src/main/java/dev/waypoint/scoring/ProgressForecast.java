package dev.waypoint.scoring;

import java.util.Objects;

/**
 * The forecast progress of a key result at the end of its cycle: the forecast value turned into progress with the
 * key result's formula, and the progress range of the 80 % prediction interval when there is one.
 *
 * @param lower {@code null} without interval
 * @param upper {@code null} without interval
 */
public record ProgressForecast(ValueForecast values, Progress expected, Progress lower, Progress upper) {

    public ProgressForecast {
        Objects.requireNonNull(values, "'values' must not be null");
        Objects.requireNonNull(expected, "'expected' must not be null");
        if ((lower != null) != values.hasInterval() || (upper != null) != values.hasInterval()) {
            throw new IllegalArgumentException(
                    "'lower' and 'upper' are given exactly when the values have an interval");
        }
    }
}
