package dev.waypoint.preview.sample;

import dev.waypoint.cycle.Cycle;
import dev.waypoint.jira.wiring.Storage;
import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.objective.Objective;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Every row the sample stored, as text in a fixed order (ids included), to compare two loads. */
final class SampleDump {

    private SampleDump() {
    }

    static List<String> of(SampleFixture fixture) {
        Storage okr = fixture.storage();
        Storage kpi = fixture.storage();
        List<String> rows = new ArrayList<>();
        List<Cycle> cycles = okr.cycles().findAll();
        cycles.forEach(cycle -> rows.add(cycle.toString()));
        List<Objective> objectives = okr.objectives().findByCycleIds(cycles.stream().map(Cycle::id).toList());
        objectives.forEach(objective -> rows.add(objective.toString()
                + " aligned " + objective.alignedKpis().stream().map(KpiId::value).sorted().toList()));
        List<KeyResult> keyResults = okr.keyResults().findByObjectiveIds(objectives.stream().map(Objective::id)
                .toList());
        keyResults.forEach(keyResult -> rows.add(keyResult.toString()));
        List<KeyResultId> keyResultIds = keyResults.stream().map(KeyResult::id).toList();
        okr.checkIns().findByKeyResultIds(keyResultIds).forEach(checkIn -> rows.add(checkIn.toString()));
        okr.initiatives().findByKeyResultIds(keyResultIds).forEach(link -> rows.add(link.toString()));
        kpi.keyResultStatuses().findByKeyResultIds(keyResultIds).entrySet().stream()
                .sorted((a, b) -> Long.compare(a.getKey().value(), b.getKey().value()))
                .forEach(status -> rows.add(status.getValue().toString()));
        List<Kpi> kpis = kpi.kpis().findAll();
        kpis.forEach(each -> rows.add(each.toString()));
        List<KpiId> kpiIds = kpis.stream().map(Kpi::id).toList();
        kpi.kpiValues().findBetween(kpiIds, Instant.EPOCH, Instant.parse("2200-01-01T00:00:00Z")).values()
                .forEach(values -> values.forEach(value -> rows.add(value.toString())));
        kpi.targetChanges().findSince(kpiIds, Instant.EPOCH).forEach(change -> rows.add(change.toString()));
        return rows;
    }
}
