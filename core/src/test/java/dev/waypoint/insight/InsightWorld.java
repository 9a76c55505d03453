package dev.waypoint.insight;

import dev.waypoint.alignment.KpiAlignment;
import dev.waypoint.initiative.Initiative;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiTargetChange;
import dev.waypoint.kpi.KpiValue;
import dev.waypoint.kpi.inmemory.InMemoryKpiRepository;
import dev.waypoint.kpi.testdata.KpiBuilder;
import dev.waypoint.kpi.testdata.KpiTestData;
import dev.waypoint.refresh.KeyResultRefreshStatus;
import dev.waypoint.testdata.OkrWorld;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Rows for an insight snapshot, stored in in-memory fakes so they have ids. One instance per test. */
final class InsightWorld {

    final OkrWorld okr = new OkrWorld();
    final InMemoryKpiRepository kpis = new InMemoryKpiRepository();
    final List<KpiValue> values = new ArrayList<>();
    final List<KpiTargetChange> targetChanges = new ArrayList<>();
    final List<KpiAlignment> alignments = new ArrayList<>();
    final Map<KeyResultId, KeyResultRefreshStatus> statuses = new HashMap<>();
    InsightSettings settings = InsightSettings.DEFAULTS;

    Kpi store(KpiBuilder kpi) {
        return kpis.insert(kpi.build());
    }

    void value(Kpi kpi, double daysAgo, double value) {
        values.add(KpiValue.of(kpi.id(), KpiTestData.daysAgo(daysAgo), value));
    }

    InsightSnapshot snapshot() {
        Map<KeyResultId, Integer> initiativeCounts = okr.initiatives.all().stream()
                .collect(Collectors.groupingBy(Initiative::keyResultId, Collectors.summingInt(i -> 1)));
        return new InsightSnapshot(KpiTestData.NOW, kpis.findAll(),
                values.stream().collect(Collectors.groupingBy(KpiValue::kpiId)), targetChanges, alignments,
                okr.cycles.findAll(), okr.objectives.all(), okr.keyResults.all(), okr.checkIns.all(),
                initiativeCounts, statuses);
    }

    List<Insight> insights() {
        return Insights.compute(snapshot(), settings);
    }

    List<Insight> insights(InsightType type) {
        return insights().stream().filter(i -> i.type() == type).toList();
    }
}
