package dev.waypoint.scoring;

/** Where services read the admin's current {@link ScoringSettings} (the jira-plugin keeps them in plugin settings). */
@FunctionalInterface
public interface ScoringSettingsSource {

    ScoringSettings current();
}
