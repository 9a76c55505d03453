package dev.waypoint.insight;

import dev.waypoint.shared.MessageCatalog;
import java.math.BigDecimal;

/** The i18n message keys of the insights ({@code waypoint.insight.*}) with their English patterns. */
public final class InsightMessages {

    public static final MessageCatalog CATALOG = MessageCatalog.of(
            "waypoint.insight.kpiNeedsOkr",
            "KPI \"{0}\" has been {1} for {2} days and no active objective is aligned to it: create an OKR to fix it",
            "waypoint.insight.kpiNeedsOkr.objectiveTitle", "Bring \"{0}\" back to target",
            "waypoint.insight.businessAsUsual",
            "Key result \"{0}\" repeats in this and the previous {1} cycles: this looks like business as usual, "
                    + "track it as a KPI",
            "waypoint.insight.targetRaised",
            "The target of KPI \"{0}\" was raised from {1} to {2} while no active objective is aligned to it: "
                    + "create an OKR to reach it",
            "waypoint.insight.targetRaised.objectiveTitle", "Reach the new target of \"{0}\"",
            "waypoint.insight.noOwner.objective", "Objective \"{0}\" has no owner",
            "waypoint.insight.noOwner.keyResult", "Key result \"{0}\" has no owner",
            "waypoint.insight.staleCheckIn", "Key result \"{0}\" has had no check-in for {1} days",
            "waypoint.insight.staleCheckIn.never", "Key result \"{0}\" has had no check-in yet",
            "waypoint.insight.issuesWithoutLinks", "Key result \"{0}\" measures linked issues but has none",
            "waypoint.insight.unestimatedIssues", "Key result \"{0}\" counts story points, but {1} linked issues are "
                    + "not estimated",
            "waypoint.insight.jqlError.kpi", "The query of KPI \"{0}\" fails: {1}",
            "waypoint.insight.jqlError.keyResult", "The query of key result \"{0}\" fails: {1}",
            "waypoint.insight.denominatorZero",
            "The denominator of KPI \"{0}\" is 0, so the ratio has no value");

    private InsightMessages() {
    }

    /** An argument as shown in a message: numbers without exponent or trailing zeros. */
    static String display(Object arg) {
        if (arg instanceof Double d && Double.isFinite(d)) {
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        return String.valueOf(arg);
    }
}
