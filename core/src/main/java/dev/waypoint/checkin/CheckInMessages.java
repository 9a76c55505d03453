package dev.waypoint.checkin;

import dev.waypoint.shared.MessageCatalog;

/** The i18n message keys of the check-in feature with their English patterns. */
public final class CheckInMessages {

    public static final MessageCatalog CATALOG = MessageCatalog.of(
            "waypoint.checkin.empty", "Give a value, milestone states, a confidence or a comment",
            "waypoint.checkin.value.notAccepted",
            "Key result \"{0}\" does not take values from check-ins; leave the value empty",
            "waypoint.checkin.value.invalid", "Value must be a finite number within \u00b1{1}, was {0}",
            "waypoint.checkin.milestones.notAccepted", "Key result \"{0}\" has no milestones",
            "waypoint.checkin.milestones.missingState", "Every milestone needs a done state (true or false)",
            "waypoint.checkin.milestones.wrongCount", "{0} milestone states were given, the key result has {1}",
            "waypoint.checkin.confidence.outOfRange", "Confidence must be a whole number from 0 to 10, was {0}",
            "waypoint.checkin.comment.tooLong", "Comment must be at most {0} characters, was {1}",
            "waypoint.checkin.comment.controlCharacters", "Comment must not contain control characters",
            "waypoint.checkin.effectiveDate.future", "Effective date {0} is in the future (today is {1})",
            "waypoint.checkin.effectiveDate.outsideCycle",
            "Effective date {0} is outside cycle \"{1}\" ({2} to {3})",
            "waypoint.checkin.cycleClosed", "Cycle \"{0}\" is closed; its check-ins cannot be changed");

    private CheckInMessages() {
    }
}
