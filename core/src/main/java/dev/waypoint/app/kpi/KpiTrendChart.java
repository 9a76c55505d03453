package dev.waypoint.app.kpi;

import dev.waypoint.kpi.KpiCard;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The read model of the "KPI trend" dashboard item: one KPI the viewer may see with its values from {@code from} to
 * {@code to} ({@link KpiCard#history()}), its latest value, health and trend.
 */
public record KpiTrendChart(KpiCard card, LocalDate from, LocalDate to) {

    public KpiTrendChart {
        Objects.requireNonNull(card, "'card' must not be null");
        Objects.requireNonNull(from, "'from' must not be null");
        Objects.requireNonNull(to, "'to' must not be null");
    }
}
