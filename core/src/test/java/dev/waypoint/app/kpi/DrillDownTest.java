package dev.waypoint.app.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.keyresult.ValueSource;
import dev.waypoint.kpi.AgentSelection;
import dev.waypoint.kpi.CompositeAggregation;
import dev.waypoint.kpi.DurationStatistic;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.kpi.KpiSource;
import dev.waypoint.kpi.search.Jql;
import dev.waypoint.kpi.testdata.KpiTestData;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveId;
import dev.waypoint.objective.ObjectiveLevel;
import dev.waypoint.cycle.CycleId;
import dev.waypoint.shared.ProjectKey;
import dev.waypoint.testdata.OkrTestData;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The query behind each number ({@link DrillDown}): exactly what the refresh job ran, composed by {@link Jql}. */
class DrillDownTest {

    private static final String OPEN = "project = SUP AND statusCategory != Done";

    @Test
    void givenEachSource_drillDown_isTheQueryTheRefreshRan() {
        assertThat(DrillDown.of(new KpiSource.JqlCount(OPEN))).containsExactly(new DrillDown("source.jql", OPEN));
        assertThat(DrillDown.of(new KpiSource.JqlRatio("labels = fcr", OPEN))).containsExactly(
                new DrillDown("source.numeratorJql", "labels = fcr"), new DrillDown("source.denominatorJql", OPEN));
        assertThat(DrillDown.of(new KpiSource.PerAgent(OPEN, new AgentSelection.Assignees())))
                .containsExactly(new DrillDown("source.jql", OPEN));
        assertThat(DrillDown.of(new KpiSource.Duration(OPEN, "created", "Resolved \"at\"", DurationStatistic.P90,
                500))).containsExactly(new DrillDown("source.jql",
                        Jql.durationSample(OPEN, "created", "Resolved \"at\"")));
        assertThat(DrillDown.of(new KpiSource.Manual())).isEmpty();
        assertThat(DrillDown.of(KpiTestData.composite(CompositeAggregation.SUM, new KpiId(1)))).isEmpty();
    }

    @Test
    void givenAJqlKeyResult_drillDown_isItsQueryRestrictedToTheProjectsItCountsIn() {
        Objective team = OkrTestData.anObjective(new CycleId(1)).level(ObjectiveLevel.TEAM, new ProjectKey("SUP"))
                .build().withId(new ObjectiveId(3));
        Objective company = OkrTestData.anObjective(new CycleId(1)).company().build().withId(new ObjectiveId(4));
        KeyResult jql = OkrTestData.aKeyResult(team.id()).metric(0, 10)
                .source(new ValueSource.Jql("labels = \"x\" OR project = APP", Set.of())).build()
                .withId(new KeyResultId(5));
        KeyResult manual = OkrTestData.aKeyResult(team.id()).metric(0, 10).build().withId(new KeyResultId(6));

        assertThat(DrillDown.of(jql, team)).isEqualTo(new DrillDown("keyResult",
                "(labels = \"x\" OR project = APP) AND project in (\"SUP\")"));
        assertThat(DrillDown.of(jql, company)).isNull();
        assertThat(DrillDown.of(manual, team)).isNull();
    }
}
