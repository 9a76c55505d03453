package dev.waypoint.kpi;

/**
 * What a new KPI gets when its author leaves a setting out: the admin's default refresh interval (Waypoint's admin
 * settings in the jira-plugin).
 */
@FunctionalInterface
public interface KpiDefaults {

    /** The refresh interval of a KPI whose author gives none, {@link Kpi#MIN_REFRESH_MINUTES} to the maximum. */
    int refreshMinutes();
}
