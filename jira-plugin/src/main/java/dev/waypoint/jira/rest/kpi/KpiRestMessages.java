package dev.waypoint.jira.rest.kpi;

import dev.waypoint.shared.FieldError;
import dev.waypoint.shared.MessageCatalog;

/**
 * The i18n message keys of the KPI half of the REST API's own checks (KPIs, their values, alignments, insights and
 * dashboard items), with their English patterns.
 */
public final class KpiRestMessages {

    public static final String VERSION_UNEXPECTED = "waypoint.rest.kpi.version.unexpected";
    public static final String VERSION_INVALID = "waypoint.rest.kpi.version.invalid";
    public static final String SOURCE_FIELD_UNUSED = "waypoint.rest.kpi.source.unused";
    public static final String REFRESH_MANUAL = "waypoint.rest.kpi.refresh.manual";
    public static final String PERIOD_ORDER = "waypoint.rest.kpi.period.order";
    public static final String PERIOD_TOO_LONG = "waypoint.rest.kpi.period.tooLong";
    public static final String DAYS_OUT_OF_RANGE = "waypoint.rest.kpi.days.outOfRange";
    public static final String IDS_TOO_MANY = "waypoint.rest.kpi.ids.tooMany";
    public static final String NOT_PER_AGENT = "waypoint.rest.kpi.notPerAgent";
    public static final String KPIS_OR_PROJECT = "waypoint.rest.kpi.kpisOrProject";
    public static final String ALL_FLAG = "waypoint.rest.kpi.allFlag";
    public static final String OKR_SCOPE = "waypoint.rest.kpi.okrScope";
    public static final String CHILD_SCOPE = "waypoint.rest.kpi.child.scope";

    public static final MessageCatalog CATALOG = MessageCatalog.of(
            VERSION_UNEXPECTED, "A new KPI has no version; send the version only when updating",
            VERSION_INVALID, "Must be the version you read, a whole number of 0 or more, was {0}",
            SOURCE_FIELD_UNUSED, "Not used by a source of type {0}",
            REFRESH_MANUAL, "A KPI with source MANUAL is not refreshed; record its values instead",
            PERIOD_ORDER, "Must not be after the end of the period {0}",
            PERIOD_TOO_LONG, "The period must be at most {0} days, was {1}",
            DAYS_OUT_OF_RANGE, "Must be a whole number of days from 1 to {0}, was \"{1}\"",
            IDS_TOO_MANY, "At most {0} KPIs at once, was {1}",
            NOT_PER_AGENT, "KPI {0} has no breakdown per agent: its source is {1}, not PER_AGENT",
            KPIS_OR_PROJECT, "Give exactly one of: the KPIs (kpis=1,2,3), a project, or all=true",
            ALL_FLAG, "Must be true or false, was \"{0}\"",
            OKR_SCOPE, "Give a project, a cycle or an objective (an objective alone)",
            CHILD_SCOPE, "KPI {0} belongs to project {1}: a composite KPI combines only KPIs of its own project or"
                    + " global KPIs");

    private KpiRestMessages() {
    }

    /** A field error with the English message of {@code key}. */
    public static FieldError error(String field, String key, Object... args) {
        return CATALOG.invalid(field, key, args).errors().get(0);
    }
}
