package dev.waypoint.preview.issues;

import dev.waypoint.kpi.search.DateFields;

/**
 * The preview's stand-in for Jira's date fields: those the sample's issues have and the sample search reads
 * ({@link DateField}: created, updated and resolved, under their JQL names, ignoring case). A DURATION KPI between any
 * other field is refused, as Jira refuses a field it does not know as a date.
 */
public final class SampleDateFields implements DateFields {

    @Override
    public boolean isDateField(String name) {
        return DateField.byName(name).isPresent();
    }
}
