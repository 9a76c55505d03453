package dev.waypoint.kpi.fake;

import dev.waypoint.kpi.search.DateFields;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A scripted {@link DateFields}: Jira's system date fields ({@code created}, {@code updated}, {@code resolutiondate},
 * {@code duedate} and their JQL aliases, ignoring case) and the custom date fields {@link #customDate} adds.
 */
public final class FakeDateFields implements DateFields {

    public static final Set<String> SYSTEM = Set.of("created", "createddate", "updated", "updateddate",
            "resolutiondate", "resolved", "duedate", "due");

    private final Set<String> custom = ConcurrentHashMap.newKeySet();

    /** A date or date-time custom field of this name (or id). */
    public FakeDateFields customDate(String name) {
        custom.add(name);
        return this;
    }

    @Override
    public boolean isDateField(String name) {
        return SYSTEM.contains(name.toLowerCase(Locale.ROOT)) || custom.contains(name);
    }
}
