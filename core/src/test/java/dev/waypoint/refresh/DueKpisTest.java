package dev.waypoint.refresh;

import static dev.waypoint.kpi.testdata.KpiTestData.NOW;
import static dev.waypoint.kpi.testdata.KpiTestData.aKpi;
import static dev.waypoint.kpi.testdata.KpiTestData.composite;
import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.kpi.CompositeAggregation;
import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiErrorCode;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.kpi.KpiSource;
import dev.waypoint.kpi.KpiValue;
import dev.waypoint.kpi.testdata.KpiBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DueKpisTest {

    private static Kpi kpi(long id, KpiBuilder builder) {
        return builder.build().withId(new KpiId(id));
    }

    private static KpiValue minutesAgo(long id, long minutes) {
        return KpiValue.of(new KpiId(id), NOW.minus(Duration.ofMinutes(minutes)), 1);
    }

    @Test
    void givenValuesOfDifferentAges_select_takesThoseAtLeastTheirIntervalOldNeverRefreshedFirst() {
        Kpi fresh = kpi(1, aKpi().refreshMinutes(60));
        Kpi exactlyDue = kpi(2, aKpi().refreshMinutes(60));
        Kpi overdue = kpi(3, aKpi().refreshMinutes(5));
        Kpi never = kpi(4, aKpi());
        Kpi manual = kpi(5, aKpi().source(new KpiSource.Manual()));
        Map<KpiId, KpiValue> latest = Map.of(
                fresh.id(), minutesAgo(1, 59),
                exactlyDue.id(), minutesAgo(2, 60),
                overdue.id(), KpiValue.failed(new KpiId(3), NOW.minus(Duration.ofHours(5)), KpiErrorCode.NO_DATA, ""));

        List<Kpi> due = DueKpis.select(List.of(fresh, exactlyDue, overdue, never, manual), latest, NOW);

        assertThat(due).containsExactly(never, overdue, exactlyDue);
    }

    @Test
    void givenCompositeDueBeforeItsChildren_select_ordersTheChildrenFirst() {
        Kpi leafA = kpi(1, aKpi());
        Kpi leafB = kpi(2, aKpi());
        Kpi middle = kpi(3, aKpi().source(composite(CompositeAggregation.SUM, new KpiId(1))));
        Kpi top = kpi(4, aKpi().source(composite(CompositeAggregation.SUM, new KpiId(3), new KpiId(2))));
        Map<KpiId, KpiValue> latest = Map.of(
                top.id(), minutesAgo(4, 600),
                middle.id(), minutesAgo(3, 500),
                leafA.id(), minutesAgo(1, 100),
                leafB.id(), minutesAgo(2, 90));

        List<Kpi> due = DueKpis.select(List.of(leafA, leafB, middle, top), latest, NOW);

        assertThat(due).containsExactly(leafA, middle, leafB, top);
    }

    @Test
    void givenCompositeWithChildNotDue_select_takesOnlyTheComposite() {
        Kpi child = kpi(1, aKpi());
        Kpi parent = kpi(2, aKpi().source(composite(CompositeAggregation.SUM, new KpiId(1))));

        List<Kpi> due = DueKpis.select(List.of(child, parent), Map.of(child.id(), minutesAgo(1, 1)), NOW);

        assertThat(due).containsExactly(parent);
    }
}
