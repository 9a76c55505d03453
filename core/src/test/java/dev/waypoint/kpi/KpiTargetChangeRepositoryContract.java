package dev.waypoint.kpi;

import static dev.waypoint.kpi.testdata.KpiTestData.ALICE;
import static dev.waypoint.kpi.testdata.KpiTestData.aKpi;
import static dev.waypoint.kpi.testdata.KpiTestData.daysAgo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.kpi.testdata.KpiRepositories;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract of every {@link KpiTargetChangeRepository}. */
public abstract class KpiTargetChangeRepositoryContract {

    private KpiTargetChangeRepository changes;
    private KpiId first;
    private KpiId second;

    /** Fresh, empty repositories sharing one store; called before each test. */
    protected abstract KpiRepositories createRepositories();

    @BeforeEach
    void createRepository() {
        KpiRepositories repositories = createRepositories();
        changes = repositories.targetChanges();
        first = repositories.kpis().insert(aKpi().build()).id();
        second = repositories.kpis().insert(aKpi().build()).id();
    }

    @Test
    void givenChanges_findSince_returnsThoseAtOrAfterSinceOfTheKpisOldestFirst() {
        KpiTargetChange later = changes.append(change(first, 2, 20, 15));
        changes.append(change(first, 20, 30, 25));
        KpiTargetChange earlier = changes.append(change(first, 5, 25, 20));
        KpiTargetChange exactlySince = changes.append(change(second, 10, 1.5, 2.25));

        assertThat(changes.findSince(List.of(first, second), daysAgo(10)))
                .containsExactly(exactlySince, earlier, later);
        assertThat(changes.findSince(List.of(second), daysAgo(10))).containsExactly(exactlySince);
        assertThat(changes.findSince(List.of(), daysAgo(100))).isEmpty();
    }

    @Test
    void givenChangesOfTwoKpis_deleteByKpiId_removesOnlyThatKpisChanges() {
        changes.append(change(first, 1, 20, 15));
        KpiTargetChange kept = changes.append(change(second, 1, 20, 15));

        changes.deleteByKpiId(first);

        assertThat(changes.findSince(List.of(first, second), daysAgo(5))).containsExactly(kept);
    }

    private static KpiTargetChange change(KpiId kpi, int daysAgo, double from, double to) {
        return new KpiTargetChange(kpi, daysAgo(daysAgo), from, to, KpiDirection.LOWER_IS_BETTER, ALICE);
    }
}
