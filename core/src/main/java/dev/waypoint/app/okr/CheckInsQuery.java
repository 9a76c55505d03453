package dev.waypoint.app.okr;

import dev.waypoint.checkin.CheckIn;
import dev.waypoint.checkin.CheckInRepository;
import dev.waypoint.checkin.CheckInValue;
import dev.waypoint.cycle.Cycle;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.keyresult.KeyResultLookup;
import dev.waypoint.keyresult.Measure;
import dev.waypoint.scoring.DataPoint;
import dev.waypoint.scoring.KeyResultProgress;
import dev.waypoint.shared.UserNames;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the check-in history of a key result the viewer may see, with its authors' display names, the day-by-day
 * values and expected-pace line of its chart, and which check-ins the viewer may correct or delete. Values dated after
 * today are left out (they count from their date on).
 */
public final class CheckInsQuery {

    private final OkrAccess access;
    private final Disclosure disclosure;
    private final CheckInRepository checkIns;
    private final UserNames userNames;
    private final Clock clock;

    public CheckInsQuery(OkrAccess access, Disclosure disclosure, CheckInRepository checkIns, UserNames userNames,
            Clock clock) {
        this.access = Objects.requireNonNull(access, "'access' must not be null");
        this.disclosure = Objects.requireNonNull(disclosure, "'disclosure' must not be null");
        this.checkIns = Objects.requireNonNull(checkIns, "'checkIns' must not be null");
        this.userNames = Objects.requireNonNull(userNames, "'userNames' must not be null");
        this.clock = Objects.requireNonNull(clock, "'clock' must not be null");
    }

    /** @throws dev.waypoint.shared.NotFoundException if the key result does not exist or the viewer may not see it */
    public CheckInHistory history(KeyResultId id) {
        KeyResultLookup.Found found = access.keyResult(id);
        boolean canCheckIn = access.view(found).canCheckIn();
        if (!disclosure.forViewer(List.of(found.keyResult()), List.of(found.objective())).shows(found.keyResult())) {
            return new CheckInHistory(id, canCheckIn, true, List.of(), Map.of(), found.cycle(), List.of(), List.of(),
                    Set.of());
        }
        LocalDate today = LocalDate.now(clock);
        List<CheckIn> chronological = KeyResultProgress.upTo(checkIns.findByKeyResultIds(List.of(id)).stream()
                .sorted(CheckIn.CHRONOLOGICAL).toList(), today);
        boolean open = !found.cycle().isClosed();
        return new CheckInHistory(id, canCheckIn, false, chronological, userNames.displayNames(
                chronological.stream().map(CheckIn::author).filter(Objects::nonNull).distinct().toList()),
                found.cycle(), daily(found.keyResult().measure(), chronological),
                expected(found.keyResult().measure(), found.cycle()), chronological.stream()
                        .filter(c -> open && access.permissions().canChangeCheckIn(access.viewer(), found.objective(),
                                found.keyResult(), c.author()))
                        .map(CheckIn::id).collect(Collectors.toSet()));
    }

    /** The last value of each day, oldest first: numbers, or the fraction done for milestones. */
    static List<DataPoint> daily(Measure measure, List<CheckIn> chronological) {
        Map<LocalDate, Double> byDay = new LinkedHashMap<>();
        for (CheckIn checkIn : chronological) {
            Double value = checkIn.numericValue();
            if (measure instanceof Measure.Milestone milestone
                    && checkIn.value() instanceof CheckInValue.MilestoneStates states) {
                value = KeyResultProgress.milestone(milestone, states.done()).unclamped();
            }
            if (value != null) {
                byDay.remove(checkIn.effectiveDate());
                byDay.put(checkIn.effectiveDate(), value);
            }
        }
        List<DataPoint> points = new ArrayList<>();
        byDay.forEach((date, value) -> points.add(new DataPoint(date, value)));
        return points;
    }

    /**
     * The expected pace as a line in the key result's values: the expected progress rises linearly from the cycle's
     * first day to its last (DESIGN §3), so the line joins the baseline and the target (METRIC), or 0 and 1 done
     * (MILESTONE, ISSUES). A THRESHOLD has no pace line: its bounds hold all cycle long.
     */
    static List<DataPoint> expected(Measure measure, Cycle cycle) {
        return switch (measure) {
            case Measure.Metric metric -> List.of(new DataPoint(cycle.start(), metric.baseline()),
                    new DataPoint(cycle.end(), metric.target()));
            case Measure.Milestone milestone -> List.of(new DataPoint(cycle.start(), 0), new DataPoint(cycle.end(), 1));
            case Measure.Issues issues -> List.of(new DataPoint(cycle.start(), 0), new DataPoint(cycle.end(), 1));
            case Measure.Threshold threshold -> List.of();
        };
    }
}
