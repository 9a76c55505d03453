package dev.waypoint.benchmarks;

import static dev.waypoint.kpi.testdata.KpiTestData.aKpi;
import static dev.waypoint.kpi.testdata.KpiTestData.agents;
import static dev.waypoint.kpi.testdata.KpiTestData.perAgentOfGroup;

import dev.waypoint.kpi.KpiSource;
import dev.waypoint.refresh.KpiRefreshOutcome;
import dev.waypoint.refresh.RefreshBudget;
import dev.waypoint.refresh.RefreshWorld;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;

/**
 * Issue budget: refreshing 200 KPIs of which 50 are PER_AGENT with 20 agents each costs exactly the predicted number
 * of JQL searches, O(KPIs + agents): 1 per JQL_COUNT KPI, 2 + agents per PER_AGENT KPI (total, one per agent,
 * unassigned). Counted with a counting search port; never O(issues).
 */
final class RefreshSearchBudget implements StatementBudget {

    @Override
    public void run(PrintStream out) {
        RefreshWorld world = new RefreshWorld();
        world.users.group("support", agents("agent", 20));
        for (int i = 0; i < 150; i++) {
            world.store(aKpi().source(new KpiSource.JqlCount("project = P" + i + " AND statusCategory != Done")));
        }
        for (int i = 0; i < 50; i++) {
            world.store(aKpi().source(perAgentOfGroup("project = Q" + i + " AND statusCategory != Done", "support")));
        }
        KpiRefreshOutcome outcome = world.kpiRefresher().refresh(
                new RefreshBudget(Clock.systemUTC(), Duration.ofMinutes(1)), world.clock.instant(), world.settings);
        long searches = world.search.searches();
        long predicted = 150L * 1 + 50L * (2 + 20);
        out.printf("Refresh of %d KPIs (150 JQL_COUNT, 50 PER_AGENT x 20 agents): %d JQL searches, predicted %d;"
                + " %.2f searches per KPI (JQL_COUNT 1, PER_AGENT 22)%n", outcome.refreshed().size(), searches,
                predicted, searches / 200.0);
        if (searches != predicted) {
            throw new IllegalStateException("budget broken: " + searches + " searches, predicted " + predicted);
        }
    }
}
