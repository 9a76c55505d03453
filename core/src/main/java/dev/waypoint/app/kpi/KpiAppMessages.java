package dev.waypoint.app.kpi;

import dev.waypoint.shared.MessageCatalog;

/**
 * The i18n message keys of the KPI use cases' own rules ({@code waypoint.app.kpi.*}: periods, scorecard sizes, which
 * KPIs are refreshed or broken down per agent) with their English patterns. They were the REST resources' checks
 * ({@code waypoint.rest.kpi.*}) until the rules moved here.
 */
public final class KpiAppMessages {

    public static final String REFRESH_MANUAL = "waypoint.app.kpi.refresh.manual";
    public static final String PERIOD_ORDER = "waypoint.app.kpi.period.order";
    public static final String PERIOD_TOO_LONG = "waypoint.app.kpi.period.tooLong";
    public static final String DAYS_OUT_OF_RANGE = "waypoint.app.kpi.days.outOfRange";
    public static final String IDS_TOO_MANY = "waypoint.app.kpi.ids.tooMany";
    public static final String NOT_PER_AGENT = "waypoint.app.kpi.notPerAgent";
    public static final String DAYS_OR_CYCLE = "waypoint.app.kpi.daysOrCycle";

    public static final MessageCatalog CATALOG = MessageCatalog.of(
            REFRESH_MANUAL, "A KPI with source MANUAL is not refreshed; record its values instead",
            PERIOD_ORDER, "Must not be after the end of the period {0}",
            PERIOD_TOO_LONG, "The period must be at most {0} days, was {1}",
            DAYS_OUT_OF_RANGE, "Must be a whole number of days from 1 to {0}, was \"{1}\"",
            IDS_TOO_MANY, "At most {0} KPIs at once, was {1}",
            NOT_PER_AGENT, "KPI {0} has no breakdown per agent: its source is {1}, not PER_AGENT",
            DAYS_OR_CYCLE, "Give the last days or a cycle, not both");

    private KpiAppMessages() {
    }
}
