package dev.waypoint.benchmarks;

import dev.waypoint.access.Role;
import dev.waypoint.cycle.CycleState;
import dev.waypoint.jira.ao.AoTestDatabase;
import dev.waypoint.jira.ao.CompanyBulkData;
import dev.waypoint.jira.rest.project.OkrRestFixture;
import dev.waypoint.jira.rest.support.RestHarness;
import dev.waypoint.jira.rest.support.RestRequest;
import dev.waypoint.jira.rest.support.RestResponse;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;

/**
 * Issue 12 budget: the company page with 20,020 objectives and 100,100 key results (2 check-ins each) in one cycle on
 * AO over HSQLDB, through the real JAX-RS stack: the first view (company level expanded) reads a fixed number of SQL
 * statements (the same at a tenth of the size), expanding a team of 99 individual objectives (a subtree of 100), and
 * the search over the whole cycle. Prints statements and median server times; the browser times are measured by the
 * preview's CompanyPagePerformanceBrowserTest.
 */
final class CompanyPageBudget implements StatementBudget {

    @Override
    public void run(PrintStream out) {
        int small = firstViewStatements(out, new CompanyBulkData.Shape(2, 10, 9, 5, 2), false);
        int large = firstViewStatements(out, CompanyBulkData.Shape.ISSUE_12, true);
        if (small != large) {
            throw new IllegalStateException("budget broken: the first view read " + small + " statements for the small"
                    + " cycle and " + large + " for the large one");
        }
    }

    private static int firstViewStatements(PrintStream out, CompanyBulkData.Shape shape, boolean timed) {
        try (AoTestDatabase database = new AoTestDatabase()) {
            CompanyBulkData.Loaded loaded = CompanyBulkData.load(database.ao(), "Q1", LocalDate.of(2026, 1, 1),
                    LocalDate.of(2026, 3, 31), CycleState.ACTIVE, shape, List.of(OkrRestFixture.TEAM),
                    OkrRestFixture.OWNER.value());
            RestHarness rest = RestHarness.of(OkrRestFixture.activeObjects(database.ao())::resources);
            rest.start();
            try {
                String cycle = Long.toString(loaded.cycle().id().value());
                String what = "company page (" + loaded.objectives() + " objectives, " + loaded.keyResults()
                        + " key results, " + loaded.checkIns() + " check-ins)";
                int statements = measure(out, database, rest, what + " first view",
                        RestRequest.get("/company").query("cycle", cycle), timed);
                if (timed) {
                    measure(out, database, rest, "company page: expand a team (" + shape.individualsPerTeam()
                            + " children, a subtree of " + (shape.individualsPerTeam() + 1) + " objectives)",
                            RestRequest.get("/company/cycles/" + cycle + "/children")
                                    .query("parent", Integer.toString(loaded.teams().get(0))), true);
                    measure(out, database, rest, "company page: search the whole cycle by title",
                            RestRequest.get("/company/cycles/" + cycle + "/search").query("q", "objective 7.3"), true);
                }
                return statements;
            } finally {
                rest.stop();
            }
        }
    }

    private static int measure(PrintStream out, AoTestDatabase database, RestHarness rest, String what,
            RestRequest request, boolean timed) {
        RestRequest asAdmin = request.as(Role.JIRA_ADMIN);
        database.statements().reset();
        RestResponse first = rest.send(asAdmin);
        int statements = database.statements().count();
        if (first.status() != 200) {
            throw new IllegalStateException(what + " answered " + first);
        }
        if (timed) {
            double millis = Medians.medianMillis(2, 9, () -> rest.send(asAdmin));
            out.printf("REST %s: %d SQL statements, median %.1f ms through JAX-RS (%,d bytes of JSON)%n", what,
                    statements, millis, first.body().length());
        } else {
            out.printf("REST %s: %d SQL statements%n", what, statements);
        }
        return statements;
    }
}
