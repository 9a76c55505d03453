package dev.waypoint.benchmarks;

import java.util.List;

/** Every statement-count benchmark, in the order RunAll prints them. */
final class StatementBudgets {

    private StatementBudgets() {
    }

    static List<StatementBudget> all() {
        return List.of(new OkrCycleLoadBudget(), new KpiScorecardBudget(), new RestStackBudget(),
                new RefreshSearchBudget(), new CompanyPageBudget());
    }
}
