package dev.waypoint.insight;

/** The admin's current insight thresholds (in Jira: the stored settings). */
@FunctionalInterface
public interface InsightSettingsSource {

    InsightSettings current();
}
