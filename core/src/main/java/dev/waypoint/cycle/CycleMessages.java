package dev.waypoint.cycle;

import dev.waypoint.shared.MessageCatalog;

/** The i18n message keys of the cycle feature with their English patterns. */
public final class CycleMessages {

    public static final MessageCatalog CATALOG = MessageCatalog.of(
            "waypoint.cycle.name.required", "Name is required",
            "waypoint.cycle.name.tooLong", "Name must be at most {0} characters, was {1}",
            "waypoint.cycle.name.controlCharacters", "Name must not contain control characters",
            "waypoint.cycle.start.required", "Start date is required",
            "waypoint.cycle.start.outOfRange", "Start date {0} must be within {1} years of today",
            "waypoint.cycle.end.required", "End date is required",
            "waypoint.cycle.end.outOfRange", "End date {0} must be within {1} years of today",
            "waypoint.cycle.end.beforeStart", "End date {0} must not be before the start date {1}",
            "waypoint.cycle.dates.breakAlignment",
            "Dates {0} to {1} would no longer overlap the cycle of aligned objective \"{2}\"",
            "waypoint.cycle.state.notSettable", "State {0} cannot be set here; close the cycle instead",
            "waypoint.cycle.year.required", "Year is required",
            "waypoint.cycle.year.outOfRange", "Year {0} must be within {1} years of today",
            "waypoint.cycle.year.quartersExist", "The quarters of {0} exist already",
            "waypoint.cycle.year.quartersBusy",
            "The quarters of {0} are being created by someone else at this moment; reload to see them",
            "waypoint.cycle.closed", "Cycle \"{0}\" is closed and cannot be changed",
            "waypoint.cycle.delete.notEmpty", "Cycle \"{0}\" still has {1} objectives; delete or move them first");

    private CycleMessages() {
    }
}
