package dev.waypoint.jira.rest.kpi;

import dev.waypoint.shared.FieldError;
import dev.waypoint.shared.MessageCatalog;

/**
 * The i18n message keys of the KPI half of the REST API's own checks (KPIs, their values, alignments, insights and
 * dashboard items), with their English patterns: parsing only; the rules are core's ({@code KpiMessages},
 * {@code dev.waypoint.app.kpi.KpiAppMessages}).
 */
public final class KpiRestMessages {

    public static final String VERSION_UNEXPECTED = "waypoint.rest.kpi.version.unexpected";
    public static final String VERSION_INVALID = "waypoint.rest.kpi.version.invalid";
    public static final String SOURCE_FIELD_UNUSED = "waypoint.rest.kpi.source.unused";
    public static final String KPIS_OR_PROJECT = "waypoint.rest.kpi.kpisOrProject";
    public static final String ALL_FLAG = "waypoint.rest.kpi.allFlag";
    public static final String OKR_SCOPE = "waypoint.rest.kpi.okrScope";

    public static final MessageCatalog CATALOG = MessageCatalog.of(
            VERSION_UNEXPECTED, "A new KPI has no version; send the version only when updating",
            VERSION_INVALID, "Must be the version you read, a whole number of 0 or more, was {0}",
            SOURCE_FIELD_UNUSED, "Not used by a source of type {0}",
            KPIS_OR_PROJECT, "Give exactly one of: the KPIs (kpis=1,2,3), a project, or all=true",
            ALL_FLAG, "Must be true or false, was \"{0}\"",
            OKR_SCOPE, "Give a project, a cycle or an objective (an objective alone)");

    private KpiRestMessages() {
    }

    /** A field error with the English message of {@code key}. */
    public static FieldError error(String field, String key, Object... args) {
        return CATALOG.invalid(field, key, args).errors().get(0);
    }
}
