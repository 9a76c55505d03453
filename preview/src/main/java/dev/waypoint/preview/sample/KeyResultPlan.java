package dev.waypoint.preview.sample;

import dev.waypoint.keyresult.MeasureSpec;
import java.util.List;
import java.util.Objects;

/**
 * A key result of the sample: its fields as a user would enter them, where its values come from (a KPI handle, a JQL
 * query, or manual check-ins following {@code values}), and the issues linked to it (handles of
 * {@link SampleTickets#named()}).
 *
 * @param owner   a username, {@code null} for none (a data-quality insight)
 * @param kpi     the handle of the KPI it is bound to, or {@code null}
 * @param jql     the query it counts, or {@code null}
 */
record KeyResultPlan(String title, String owner, double weight, String unit, MeasureSpec measure, String kpi,
        String jql, List<String> links, ValuePlan values) {

    KeyResultPlan {
        Objects.requireNonNull(title, "'title' must not be null");
        Objects.requireNonNull(measure, "'measure' must not be null");
        links = List.copyOf(links);
        Objects.requireNonNull(values, "'values' must not be null");
    }

    static KeyResultPlan manual(String title, String owner, String unit, MeasureSpec measure, ValuePlan values) {
        return new KeyResultPlan(title, owner, 1, unit, measure, null, null, List.of(), values);
    }

    static KeyResultPlan fromKpi(String title, String owner, String unit, MeasureSpec measure, String kpi) {
        return new KeyResultPlan(title, owner, 1, unit, measure, kpi, null, List.of(), ValuePlan.NONE);
    }

    static KeyResultPlan fromJql(String title, String owner, String unit, MeasureSpec measure, String jql) {
        return new KeyResultPlan(title, owner, 1, unit, measure, null, jql, List.of(), ValuePlan.NONE);
    }

    static KeyResultPlan issues(String title, String owner, MeasureSpec measure, String... links) {
        return new KeyResultPlan(title, owner, 1, null, measure, null, null, List.of(links), ValuePlan.NONE);
    }

    KeyResultPlan weighted(double newWeight) {
        return new KeyResultPlan(title, owner, newWeight, unit, measure, kpi, jql, links, values);
    }
}
