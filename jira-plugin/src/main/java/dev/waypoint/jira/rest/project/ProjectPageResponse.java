package dev.waypoint.jira.rest.project;

import dev.waypoint.cycle.CycleState;
import dev.waypoint.jira.rest.checkin.CheckInResponse;
import dev.waypoint.jira.rest.keyresult.MeasureBody;
import dev.waypoint.jira.rest.objective.GradeBody;
import dev.waypoint.jira.rest.objective.ProgressBody;
import dev.waypoint.keyresult.ValueSourceType;
import dev.waypoint.kpi.KpiFormat;
import dev.waypoint.objective.Commitment;
import dev.waypoint.objective.ObjectiveKind;
import dev.waypoint.objective.ObjectiveLevel;
import dev.waypoint.objective.ObjectiveState;
import dev.waypoint.scoring.GradeBand;
import dev.waypoint.scoring.PaceStatus;
import java.time.LocalDate;
import java.util.List;

/**
 * The project page "OKRs &amp; KPIs" (DESIGN §4) for one cycle, in one answer: the cycle picker, the objective tree with
 * progress, pace, forecast, sparkline, latest check-in and initiative count of every key result, and what the caller
 * may do with each item.
 *
 * @param cycles           every cycle, for the picker, by start date
 * @param selectedCycleId  the cycle shown: the one asked for, else the active cycle that contains today (the shortest
 *                         if several), else the next one to start, else the latest; {@code null} without cycles
 * @param asOf             today
 * @param expectedProgress the elapsed fraction of the selected cycle; {@code null} without cycle
 * @param objectives       the roots of the tree: this project's objectives (team and individual) and the company
 *                         objectives of the cycle ({@code context}) the caller may see, each with its children
 * @param viewer           the caller, with the display name the dialogs show as the owner of what they create
 */
public record ProjectPageResponse(String project, List<CycleOption> cycles, Long selectedCycleId, LocalDate asOf,
        Double expectedProgress, Actions actions, List<ObjectiveItem> objectives, Person viewer) {

    /** A Jira user as the page shows them: by display name (with their avatar), never by key. */
    public record Person(String key, String displayName) {
    }

    public record CycleOption(long id, String name, LocalDate start, LocalDate end, CycleState state) {
    }

    /**
     * @param canCreateObjective whether the caller may create objectives in this project (their own, at least)
     * @param canManageCycles    whether the caller may create, change and close cycles
     * @param canChooseOwner     whether the caller may give items of this project other owners than themselves
     *                           (project administrators); the dialogs show everyone else their own name, fixed
     * @param canSetJqlForOthers whether the caller may give a key result a JQL count run as someone else (Jira
     *                           administrators)
     */
    public record Actions(boolean canCreateObjective, boolean canManageCycles, boolean canChooseOwner,
            boolean canSetJqlForOthers) {
    }

    /**
     * @param context true for a company objective shown for alignment: its progress here counts only this page's
     *                items
     * @param canEdit whether the caller may change or delete it and add key results
     * @param keyResultsCounted how many of its key results its progress counts: those the caller sees with their
     *                          numbers (DESIGN §5: "2 of 3 key results")
     * @param keyResultsTotal   how many key results its progress is about, hidden ones included: its own, or for a
     *                          company objective ({@code context}) those of every objective below it the caller sees
     * @param ownerName         the owner's display name ({@code null} without owner, or for a user Jira no longer
     *                          knows)
     * @param gradeBand         the colour band of its final grade once its cycle is closed, else {@code null}
     */
    public record ObjectiveItem(long id, String title, String description, ObjectiveLevel level, ObjectiveKind kind,
            Commitment commitment, String owner, String project, Long parentId, ObjectiveState state, double weight,
            boolean contributesToParent, GradeBody grade, long version, ProgressBody progress, PaceStatus pace,
            boolean context, boolean canEdit, List<KeyResultItem> keyResults, List<ObjectiveItem> children,
            int keyResultsCounted, int keyResultsTotal, String ownerName, GradeBand gradeBand) {
    }

    /**
     * @param kpi              for a key result whose values come from a KPI ({@code source} KPI): how that KPI shows
     *                         its values, so that the key result's values (baseline and target, check-ins, forecast,
     *                         sparkline) show the same way; {@code null} for other sources and for a deleted KPI
     * @param latestCheckIn    {@code null} without check-in
     * @param latestConfidence the confidence of the latest check-in that gave one, or {@code null}
     * @param forecast         {@code null} with fewer than 2 values on 2 days
     * @param sparkline        the value series of the cycle, one point per day (the last value of the day)
     * @param canEdit          whether the caller may change or delete it
     * @param canCheckIn       whether the caller may check in and link or unlink issues
     * @param hidden           its values derive from issues or KPIs the caller may not see: only its title, owner,
     *                         weight and source type are given (DESIGN §5); measure, KPI, values and counts are not
     * @param ownerName        the owner's display name ({@code null} without owner, or for a user Jira no longer knows)
     * @param canRefresh       whether the caller may "refresh now" (an automatic key result they may check in on, in
     *                         a cycle that has started)
     */
    public record KeyResultItem(long id, String title, String owner, String unit, double weight, MeasureBody measure,
            ValueSourceType source, BoundKpi kpi, long version, ProgressBody progress, PaceStatus pace,
            CheckInResponse latestCheckIn, Integer latestConfidence, ForecastBody forecast, List<Point> sparkline,
            int initiativeCount, boolean canEdit, boolean canCheckIn, boolean hidden, String ownerName,
            boolean canRefresh) {
    }

    /**
     * The KPI a key result takes its values from, as far as showing values goes: PERCENT values are fractions (0.83
     * shows as 83 %), DURATION values are seconds, NUMBER values show with a unit.
     *
     * @param id   the KPI
     * @param unit the KPI's unit, or {@code null}
     * @param name the KPI's name, so that the page names it ({@code null} if unknown)
     */
    public record BoundKpi(long id, KpiFormat format, String unit, String name) {
    }

    /**
     * The forecast at the cycle's end: the value (least squares) and the progress it means, with the 80 % prediction
     * interval from 4 values on.
     *
     * @param lowerValue {@code null} without interval
     * @param upperValue {@code null} without interval
     * @param lower      {@code null} without interval
     * @param upper      {@code null} without interval
     */
    public record ForecastBody(LocalDate at, double value, Double lowerValue, Double upperValue, int points,
            ProgressBody expected, ProgressBody lower, ProgressBody upper) {
    }

    /** One value of a sparkline; for milestones the fraction done. */
    public record Point(LocalDate date, double value) {
    }
}
