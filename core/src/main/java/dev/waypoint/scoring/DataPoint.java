package dev.waypoint.scoring;

import java.time.LocalDate;
import java.util.Objects;

/** One value of a series on a date. */
public record DataPoint(LocalDate date, double value) {

    public DataPoint {
        Objects.requireNonNull(date, "'date' must not be null");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("'value' must be finite, was " + value);
        }
    }
}
