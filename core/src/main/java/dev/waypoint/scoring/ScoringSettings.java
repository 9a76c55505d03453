package dev.waypoint.scoring;

import dev.waypoint.shared.InvalidInputException;
import dev.waypoint.shared.MessageCatalog;
import dev.waypoint.shared.Problems;

/**
 * The scoring thresholds an admin may change (DESIGN §3 and §4 "Admin page"), passed into the formulas. Invalid
 * values raise one {@link InvalidInputException} naming every bad field, so the admin page can build it straight from
 * its form.
 *
 * @param onTrackMargin         pace: ON_TRACK while progress >= expected - this (default 0.10)
 * @param atRiskMargin          pace: AT_RISK while progress >= expected - this (default 0.30)
 * @param lowConfidence         a latest confidence at or below this turns ON_TRACK into AT_RISK (default 3)
 * @param greenFrom             grade band: green from this score up (default 0.7)
 * @param yellowFrom            grade band: yellow from this score up to green (default 0.4)
 * @param overrideNoteThreshold a grade override further than this from the suggested grade needs a note (default 0.2)
 */
public record ScoringSettings(double onTrackMargin, double atRiskMargin, int lowConfidence, double greenFrom,
        double yellowFrom, double overrideNoteThreshold) {

    private static final ScoringSettings DEFAULTS = new ScoringSettings(0.10, 0.30, 3, 0.7, 0.4, 0.2);

    public ScoringSettings {
        MessageCatalog messages = ScoringMessages.CATALOG;
        Problems problems = new Problems();
        boolean onTrackOk = messages.require(problems, isFraction(onTrackMargin), "onTrackMargin",
                "waypoint.scoring.onTrackMargin.outOfRange", onTrackMargin);
        if (messages.require(problems, isFraction(atRiskMargin), "atRiskMargin",
                "waypoint.scoring.atRiskMargin.outOfRange", atRiskMargin) && onTrackOk) {
            messages.require(problems, atRiskMargin >= onTrackMargin, "atRiskMargin",
                    "waypoint.scoring.atRiskMargin.belowOnTrack", atRiskMargin, onTrackMargin);
        }
        messages.require(problems, lowConfidence >= 0 && lowConfidence <= 10, "lowConfidence",
                "waypoint.scoring.lowConfidence.outOfRange", lowConfidence);
        boolean greenOk = messages.require(problems, isFraction(greenFrom), "greenFrom",
                "waypoint.scoring.greenFrom.outOfRange", greenFrom);
        if (messages.require(problems, isFraction(yellowFrom), "yellowFrom",
                "waypoint.scoring.yellowFrom.outOfRange", yellowFrom) && greenOk) {
            messages.require(problems, yellowFrom <= greenFrom, "yellowFrom",
                    "waypoint.scoring.yellowFrom.aboveGreen", yellowFrom, greenFrom);
        }
        messages.require(problems, isFraction(overrideNoteThreshold), "overrideNoteThreshold",
                "waypoint.scoring.overrideNoteThreshold.outOfRange", overrideNoteThreshold);
        problems.throwIfAny();
    }

    /** Pace 0.10 / 0.30, low confidence 3, bands 0.7 / 0.4, override note beyond 0.2 (DESIGN §3). */
    public static ScoringSettings defaults() {
        return DEFAULTS;
    }

    private static boolean isFraction(double value) {
        return Double.isFinite(value) && value >= 0 && value <= 1;
    }
}
