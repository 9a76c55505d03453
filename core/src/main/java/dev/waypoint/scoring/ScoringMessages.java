package dev.waypoint.scoring;

import dev.waypoint.shared.MessageCatalog;

/** The i18n message keys of the scoring settings with their English patterns. */
public final class ScoringMessages {

    public static final MessageCatalog CATALOG = MessageCatalog.of(
            "waypoint.scoring.onTrackMargin.outOfRange", "On-track margin must be a number from 0 to 1, was {0}",
            "waypoint.scoring.atRiskMargin.outOfRange", "At-risk margin must be a number from 0 to 1, was {0}",
            "waypoint.scoring.atRiskMargin.belowOnTrack",
            "At-risk margin {0} must not be smaller than the on-track margin {1}",
            "waypoint.scoring.lowConfidence.outOfRange",
            "Low-confidence threshold must be a whole number from 0 to 10, was {0}",
            "waypoint.scoring.greenFrom.outOfRange", "Green band start must be a number from 0 to 1, was {0}",
            "waypoint.scoring.yellowFrom.outOfRange", "Yellow band start must be a number from 0 to 1, was {0}",
            "waypoint.scoring.yellowFrom.aboveGreen",
            "Yellow band start {0} must not be above the green band start {1}",
            "waypoint.scoring.overrideNoteThreshold.outOfRange",
            "Override-note threshold must be a number from 0 to 1, was {0}");

    private ScoringMessages() {
    }
}
