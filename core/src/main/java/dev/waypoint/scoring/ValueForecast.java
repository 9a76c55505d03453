package dev.waypoint.scoring;

import java.time.LocalDate;

/**
 * A least-squares forecast of a value at a date.
 *
 * @param lower  lower bound of the 80 % prediction interval, {@code null} with fewer than 4 points
 * @param upper  upper bound of the 80 % prediction interval, {@code null} with fewer than 4 points
 * @param points number of values the line was fitted to
 */
public record ValueForecast(LocalDate at, double value, Double lower, Double upper, int points) {

    public boolean hasInterval() {
        return lower != null;
    }
}
