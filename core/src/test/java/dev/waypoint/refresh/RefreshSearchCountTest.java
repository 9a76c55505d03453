package dev.waypoint.refresh;

import static dev.waypoint.kpi.testdata.KpiTestData.aKpi;
import static dev.waypoint.kpi.testdata.KpiTestData.agents;
import static dev.waypoint.kpi.testdata.KpiTestData.composite;
import static dev.waypoint.kpi.testdata.KpiTestData.perAgentOfGroup;
import static dev.waypoint.kpi.testdata.KpiTestData.resolutionTime;
import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.kpi.AgentSelection;
import dev.waypoint.kpi.CompositeAggregation;
import dev.waypoint.kpi.DurationStatistic;
import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiSource;
import dev.waypoint.kpi.search.Jql;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The refresh job costs exactly the predicted number of JQL searches (DESIGN §6, {@link KpiEvaluator}): O(KPIs +
 * agents), never O(issues).
 */
class RefreshSearchCountTest {

    private final RefreshWorld world = new RefreshWorld();

    private KpiRefreshOutcome refreshAll() {
        return world.kpiRefresher().refresh(new RefreshBudget(world.clock, Duration.ofHours(1)),
                world.clock.instant(), world.settings);
    }

    @Test
    void given150CountKpisAnd50PerAgentKpisOf20Agents_refresh_costs150Plus50Times22Searches() {
        world.users.group("support", agents("agent", 20));
        for (int i = 0; i < 150; i++) {
            world.store(aKpi().source(new KpiSource.JqlCount("project = P" + i)));
        }
        for (int i = 0; i < 50; i++) {
            world.store(aKpi().source(perAgentOfGroup("project = Q" + i, "support")));
        }
        world.search.countOtherwise(jql -> 1_000_000);

        KpiRefreshOutcome outcome = refreshAll();

        assertThat(outcome.refreshed()).hasSize(200);
        assertThat(world.search.searches()).isEqualTo(150 * 1 + 50 * (2 + 20));
        assertThat(world.search.calls()).allMatch(call -> call.kind().equals("count"));
    }

    @Test
    void givenOneKpiOfEveryKind_refresh_costsTheDocumentedSearchesPerKind() {
        world.users.group("support", agents("agent", 3));
        Kpi count = world.store(aKpi().source(new KpiSource.JqlCount("a")));
        world.store(aKpi().source(new KpiSource.JqlRatio("a", "b")));
        world.store(aKpi().source(perAgentOfGroup("a", "support")));
        world.store(aKpi().source(new KpiSource.PerAgent("c", new AgentSelection.Assignees())));
        world.store(aKpi().source(resolutionTime(DurationStatistic.P90)));
        world.store(aKpi().source(new KpiSource.Manual()));
        world.store(aKpi().source(composite(CompositeAggregation.SUM, count.id())));
        world.search.countOtherwise(jql -> 5)
                .sample(Jql.assignedMostRecentFirst("c"), List.of(RefreshWorld.assignedTo(1, agents("x", 1).get(0)),
                        RefreshWorld.assignedTo(2, agents("y", 1).get(0))));

        refreshAll();

        int perAgentGroup = 2 + 3;
        int perAgentAssignees = 3 + 2;
        assertThat(world.search.searches()).isEqualTo(1 + 2 + perAgentGroup + perAgentAssignees + 1 + 0 + 0);
        assertThat(world.search.calls()).filteredOn(c -> c.kind().equals("sample")).extracting(c -> c.limit())
                .containsExactly(world.settings.assigneeSampleCap(), KpiSource.Duration.DEFAULT_SAMPLE_CAP);
    }
}
