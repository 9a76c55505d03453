package dev.waypoint.jira.rest.kpi;

import dev.waypoint.app.kpi.KpiAppMessages;
import dev.waypoint.jira.rest.Params;
import dev.waypoint.kpi.KpiReadService;
import java.util.regex.Pattern;

/** A number of days as a query parameter ({@code days=90}): a whole number, whose range is core's rule. */
public final class DaysParam {

    private static final Pattern DAYS = Pattern.compile("[0-9]{1,9}");

    private DaysParam() {
    }

    /** The days, or {@code null} when not given; anything but a whole number is a field error on {@code days}. */
    public static Integer parse(Params in, String raw) {
        if (raw == null) {
            return null;
        }
        if (DAYS.matcher(raw).matches()) {
            return Integer.parseInt(raw);
        }
        in.add(KpiAppMessages.CATALOG.invalid("days", KpiAppMessages.DAYS_OUT_OF_RANGE, KpiReadService.MAX_DAYS,
                raw.length() <= 50 ? raw : raw.substring(0, 47) + "...").errors().get(0));
        return null;
    }
}
