package dev.waypoint.preview.sample;

import dev.waypoint.closing.CarryOver;
import dev.waypoint.closing.CloseCycle;
import dev.waypoint.closing.GradeOverride;
import dev.waypoint.closing.GradingPreview;
import dev.waypoint.cycle.CreateCycle;
import dev.waypoint.cycle.Cycle;
import dev.waypoint.cycle.CycleState;
import dev.waypoint.cycle.UpdateCycle;
import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.objective.Objective;
import dev.waypoint.shared.UserKey;
import java.util.ArrayList;
import java.util.List;

/**
 * The admin's part in the sample's quarters, through the core services: creating the three quarters (PLANNING),
 * starting each one the evening before its first day (ACTIVE, then its OKRs are written), and closing each past one
 * on its last evening (graded, as the close wizard would: the suggested grades, one override with a note, and the
 * unfinished interviews key result carried over into the next quarter).
 */
final class QuarterKeeper {

    private static final UserKey ADMIN = new UserKey(SamplePeople.ADMIN);
    private static final String OVERRIDDEN = "Harden the web platform";
    private static final String OVERRIDE_NOTE = "The last audit findings were closed in the first week after the"
            + " quarter; the team agreed on a slightly higher grade.";

    private final SampleServices services;

    QuarterKeeper(SampleServices services) {
        this.services = services;
    }

    List<Cycle> create(List<SampleCalendar.Quarter> quarters) {
        return quarters.stream().map(q -> services.cycles().create(new CreateCycle(q.name(), q.start(), q.end(),
                CycleState.PLANNING))).toList();
    }

    Cycle start(Cycle cycle) {
        return services.cycles().update(new UpdateCycle(cycle.id(), cycle.version(), cycle.name(), cycle.start(),
                cycle.end(), CycleState.ACTIVE));
    }

    /** Closes {@code cycle}, carrying over into {@code next} (may be {@code null}). */
    void close(Cycle cycle, Cycle next) {
        GradingPreview preview = services.closing().preview(cycle.id());
        List<GradeOverride> overrides = new ArrayList<>();
        for (Objective objective : preview.gradedObjectives()) {
            if (objective.title().equals(OVERRIDDEN)) {
                Double suggested = preview.suggestedGrade(objective.id());
                double grade = Math.min(1, (suggested == null ? 0.5 : suggested) + 0.1);
                overrides.add(new GradeOverride(objective.id(), Math.round(grade * 100) / 100.0, OVERRIDE_NOTE));
            }
        }
        List<KeyResult> carried = preview.unfinishedKeyResults().stream()
                .filter(keyResult -> keyResult.title().equals(QuarterPlans.CARRIED_OVER)).toList();
        CarryOver carryOver = next == null || carried.isEmpty() ? null
                : new CarryOver(next.id(), carried.stream().map(KeyResult::id).toList());
        services.closing().close(new CloseCycle(cycle.id(), cycle.version(), overrides, carryOver, ADMIN));
    }
}
