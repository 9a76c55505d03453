package dev.waypoint.preview.sample;

import dev.waypoint.checkin.CheckIn;
import dev.waypoint.cycle.Cycle;
import dev.waypoint.insight.Insight;
import dev.waypoint.insight.InsightSettings;
import dev.waypoint.insight.InsightSnapshot;
import dev.waypoint.insight.Insights;
import dev.waypoint.jira.wiring.Storage;
import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.objective.Objective;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Core's insights over everything the sample stored, as of a clock (a snapshot of every scope at once). */
final class SampleInsights {

    private SampleInsights() {
    }

    static List<Insight> of(SampleFixture fixture, Clock clock) {
        Storage okr = fixture.storage();
        Storage kpi = fixture.storage();
        Instant now = clock.instant();
        List<Kpi> kpis = kpi.kpis().findAll();
        List<KpiId> kpiIds = kpis.stream().map(Kpi::id).toList();
        List<Cycle> cycles = okr.cycles().findAll();
        List<Objective> objectives = okr.objectives().findByCycleIds(cycles.stream().map(Cycle::id).toList());
        List<KeyResult> keyResults = okr.keyResults().findByObjectiveIds(objectives.stream().map(Objective::id)
                .toList());
        List<KeyResultId> keyResultIds = keyResults.stream().map(KeyResult::id).toList();
        List<CheckIn> checkIns = okr.checkIns().findByKeyResultIds(keyResultIds);
        InsightSnapshot snapshot = new InsightSnapshot(now, kpis,
                kpi.kpiValues().findBetween(kpiIds, Instant.EPOCH, now.plusSeconds(1)),
                kpi.targetChanges().findSince(kpiIds, Instant.EPOCH), kpi.alignments().findByKpiIds(kpiIds), cycles,
                objectives, keyResults, checkIns, okr.initiatives().countByKeyResultIds(keyResultIds),
                kpi.keyResultStatuses().findByKeyResultIds(keyResultIds));
        return Insights.compute(snapshot, InsightSettings.DEFAULTS);
    }
}
