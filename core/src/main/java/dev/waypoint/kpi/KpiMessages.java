package dev.waypoint.kpi;

import dev.waypoint.shared.MessageCatalog;

/** The i18n message keys of the KPI feature ({@code waypoint.kpi.*}) with their English patterns. */
public final class KpiMessages {

    public static final MessageCatalog CATALOG = MessageCatalog.of(
            "waypoint.kpi.name.required", "Name is required",
            "waypoint.kpi.name.tooLong", "Name must be at most {0} characters, was {1}",
            "waypoint.kpi.name.controlCharacters", "Name must not contain control characters",
            "waypoint.kpi.description.tooLong", "Description must be at most {0} characters, was {1}",
            "waypoint.kpi.description.controlCharacters", "Description must not contain control characters",
            "waypoint.kpi.unit.tooLong", "Unit must be at most {0} characters, was {1}",
            "waypoint.kpi.unit.controlCharacters", "Unit must not contain control characters",
            "waypoint.kpi.format.required", "Format is required (NUMBER, PERCENT or DURATION)",
            "waypoint.kpi.direction.required", "Direction is required (HIGHER_IS_BETTER or LOWER_IS_BETTER)",
            "waypoint.kpi.target.required", "Target is required",
            "waypoint.kpi.target.notANumber", "Target must be a finite number within +/-{0}, was {1}",
            "waypoint.kpi.warning.notANumber", "Warning bound must be a finite number within +/-{0}, was {1}",
            "waypoint.kpi.warning.wrongSideHigher",
            "Warning bound {0} must be below the target {1}, because higher is better",
            "waypoint.kpi.warning.wrongSideLower",
            "Warning bound {0} must be above the target {1}, because lower is better",
            "waypoint.kpi.owner.required", "Owner is required",
            "waypoint.kpi.owner.inactive", "Owner {0} is not an active user",
            "waypoint.kpi.parent.notFound", "Parent KPI {0} does not exist",
            "waypoint.kpi.parent.loop", "Parent KPI {0} would make a loop in the KPI tree",
            "waypoint.kpi.refreshMinutes.outOfRange", "Refresh interval must be {0} to {1} minutes, was {2}",
            "waypoint.kpi.source.required", "Source is required",
            "waypoint.kpi.jql.required", "Query is required",
            "waypoint.kpi.jql.tooLong", "Query must be at most {0} characters, was {1}",
            "waypoint.kpi.jql.controlCharacters", "Query must not contain control characters",
            "waypoint.kpi.jql.rejected", "{0}",
            "waypoint.kpi.agents.required", "Agents are required (a group, a project role or the assignees)",
            "waypoint.kpi.group.required", "Group is required",
            "waypoint.kpi.group.unknown", "Group \"{0}\" does not exist",
            "waypoint.kpi.roleProject.required", "Project of the project role is required",
            "waypoint.kpi.role.required", "Project role is required",
            "waypoint.kpi.role.unknown", "Project {0} has no project role \"{1}\"",
            "waypoint.kpi.field.required", "Date field is required",
            "waypoint.kpi.field.tooLong", "Date field must be at most {0} characters, was {1}",
            "waypoint.kpi.field.controlCharacters", "Date field must not contain control characters",
            "waypoint.kpi.field.unknown",
            "Jira has no date field \"{0}\": name a date field such as created, updated, resolutiondate or duedate,"
                    + " or a date or date-time custom field",
            "waypoint.kpi.field.same", "The two date fields must differ",
            "waypoint.kpi.statistic.required", "Statistic is required (MEAN, MEDIAN or P90)",
            "waypoint.kpi.sampleCap.outOfRange", "Sample size must be 1 to {0}, was {1}",
            "waypoint.kpi.aggregation.required", "Aggregation is required (SUM, AVERAGE or WEIGHTED_AVERAGE)",
            "waypoint.kpi.children.required", "A composite KPI needs at least one child KPI",
            "waypoint.kpi.children.tooMany", "A composite KPI has at most {0} children, was {1}",
            "waypoint.kpi.child.required", "Child KPI is required",
            "waypoint.kpi.child.notFound", "Child KPI {0} does not exist",
            "waypoint.kpi.child.duplicate", "Child KPI {0} is listed twice",
            "waypoint.kpi.child.loop", "Child KPI {0} would make a loop in the KPI tree",
            "waypoint.kpi.child.scope", "KPI {0} belongs to project {1}: a composite KPI combines only KPIs of its own"
                    + " project or global KPIs",
            "waypoint.kpi.child.weight", "Weight must be a number greater than 0 and at most {0}, was {1}",
            "waypoint.kpi.delete.hasChildren", "KPI \"{0}\" is the parent of {1} KPIs; move or delete them first",
            "waypoint.kpi.delete.usedByComposite", "KPI \"{0}\" is a child of composite KPI \"{1}\"",
            "waypoint.kpi.value.notManual", "Values can only be recorded for a KPI with source MANUAL",
            "waypoint.kpi.value.deleteNotManual", "Only values of a KPI with source MANUAL can be deleted; the others"
                    + " are computed by the refresh",
            "waypoint.kpi.value.notANumber", "Value must be a finite number within +/-{0}, was {1}",
            "waypoint.kpi.value.required", "Value is required",
            "waypoint.kpi.date.required", "Date is required",
            "waypoint.kpi.date.outOfRange", "Date {0} must not be in the future nor more than {1} years ago");

    private KpiMessages() {
    }
}
