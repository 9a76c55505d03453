package dev.waypoint.keyresult;

import dev.waypoint.shared.MessageCatalog;

/** The i18n message keys of the key-result feature with their English patterns. */
public final class KeyResultMessages {

    public static final MessageCatalog CATALOG = MessageCatalog.of(
            "waypoint.keyresult.objectiveId.required", "Objective is required",
            "waypoint.keyresult.owner.inactive", "There is no active user \"{0}\" to own this key result",
            "waypoint.keyresult.source.jql.noOwner",
            "A JQL key result is counted as its owner or its objective''s owner: give it an owner",
            "waypoint.keyresult.source.jql.rejected", "Jira does not accept this query: {0}",
            "waypoint.keyresult.source.projects.required",
            "A JQL key result of a company or personal objective must name the projects it counts in",
            "waypoint.keyresult.title.required", "Title is required",
            "waypoint.keyresult.title.tooLong", "Title must be at most {0} characters, was {1}",
            "waypoint.keyresult.title.controlCharacters", "Title must not contain control characters or line breaks",
            "waypoint.keyresult.weight.outOfRange", "Weight must be greater than 0 and at most {1}, was {0}",
            "waypoint.keyresult.unit.tooLong", "Unit must be at most {0} characters, was {1}",
            "waypoint.keyresult.unit.controlCharacters", "Unit must not contain control characters",
            "waypoint.keyresult.measure.required", "Measure is required",
            "waypoint.keyresult.measure.type.required",
            "Measure type is required (METRIC, THRESHOLD, MILESTONE or ISSUES)",
            "waypoint.keyresult.measure.baseline.required", "Baseline is required",
            "waypoint.keyresult.measure.baseline.invalid", "Baseline must be a finite number within \u00b1{1}, was {0}",
            "waypoint.keyresult.measure.target.required", "Target is required",
            "waypoint.keyresult.measure.target.invalid", "Target must be a finite number within \u00b1{1}, was {0}",
            "waypoint.keyresult.measure.target.equalsBaseline", "Target must differ from the baseline, both are {0}",
            "waypoint.keyresult.measure.min.required", "Give a minimum, a maximum or both",
            "waypoint.keyresult.measure.min.invalid", "Minimum must be a finite number within \u00b1{1}, was {0}",
            "waypoint.keyresult.measure.max.invalid", "Maximum must be a finite number within \u00b1{1}, was {0}",
            "waypoint.keyresult.measure.max.belowMin", "Maximum {0} must not be below the minimum {1}",
            "waypoint.keyresult.measure.tolerance.invalid",
            "Tolerance must be a finite number from 0 to {1}, was {0}",
            "waypoint.keyresult.measure.milestones.tooMany", "At most {0} milestones are possible, were {1}",
            "waypoint.keyresult.measure.milestones.title.required", "Milestone title is required",
            "waypoint.keyresult.measure.milestones.title.tooLong",
            "Milestone title must be at most {0} characters, was {1}",
            "waypoint.keyresult.measure.milestones.title.controlCharacters",
            "Milestone title must not contain control characters or line breaks",
            "waypoint.keyresult.measure.milestones.weight.outOfRange",
            "Milestone weight must be greater than 0 and at most {1}, was {0}",
            "waypoint.keyresult.measure.frozenTotal.notAllowed",
            "A frozen total ({0}) needs scope FROZEN",
            "waypoint.keyresult.measure.frozenTotal.invalid",
            "Frozen total must be a finite number greater than 0 and at most {1}, was {0}",
            "waypoint.keyresult.source.notAllowed",
            "A {0} key result takes its values from check-ins, not from source {1}",
            "waypoint.keyresult.source.kpiId.required", "KPI is required for source KPI",
            "waypoint.keyresult.source.jql.required", "JQL is required for source JQL",
            "waypoint.keyresult.source.jql.tooLong", "JQL must be at most {0} characters, was {1}",
            "waypoint.keyresult.source.jql.controlCharacters", "JQL must not contain control characters",
            "waypoint.keyresult.cycleClosed",
            "Objective \"{0}\" belongs to closed cycle \"{1}\"; its key results cannot be changed");

    private KeyResultMessages() {
    }
}
