package dev.waypoint.benchmarks;

import dev.waypoint.access.Role;
import dev.waypoint.checkin.CheckIn;
import dev.waypoint.checkin.CheckInOrigin;
import dev.waypoint.checkin.CheckInValue;
import dev.waypoint.initiative.Initiative;
import dev.waypoint.issue.IssueId;
import dev.waypoint.jira.ao.AoCheckInRepository;
import dev.waypoint.jira.ao.AoCycleRepository;
import dev.waypoint.jira.ao.AoInitiativeRepository;
import dev.waypoint.jira.ao.AoKeyResultRefreshStatusRepository;
import dev.waypoint.jira.ao.AoKeyResultRepository;
import dev.waypoint.jira.ao.AoKpiAlignmentRepository;
import dev.waypoint.jira.ao.AoKpiRepository;
import dev.waypoint.jira.ao.AoKpiTargetChangeRepository;
import dev.waypoint.jira.ao.AoKpiValueRepository;
import dev.waypoint.jira.ao.AoObjectiveRepository;
import dev.waypoint.jira.ao.AoOkrReadRepository;
import dev.waypoint.jira.ao.AoTestDatabase;
import dev.waypoint.jira.ao.AoTransactions;
import dev.waypoint.jira.rest.kpi.KpiRestDependencies;
import dev.waypoint.jira.rest.kpi.KpiRestResources;
import dev.waypoint.jira.rest.kpi.KpiStorage;
import dev.waypoint.jira.rest.objective.OkrStorage;
import dev.waypoint.jira.rest.project.OkrRestFixture;
import dev.waypoint.jira.rest.support.RestHarness;
import dev.waypoint.jira.rest.support.RestRequest;
import dev.waypoint.jira.rest.support.RestResponse;
import dev.waypoint.jira.settings.InMemoryWaypointSettingsStore;
import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.keyresult.Measure;
import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiDirection;
import dev.waypoint.kpi.KpiFormat;
import dev.waypoint.kpi.KpiSource;
import dev.waypoint.kpi.KpiValue;
import dev.waypoint.kpi.fake.CountingIssueSearch;
import dev.waypoint.kpi.fake.FakeUserDirectory;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveLevel;
import dev.waypoint.shared.UserKey;
import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Issue budget (REST): the project-page read model for 50 objectives / 250 key results / 2,500 initiatives and the
 * KPI scorecard for 30 KPIs x 90 days, through the real JAX-RS stack (Jersey in memory, Jackson, the app's providers)
 * on AO over HSQLDB: median server time and SQL statements per request.
 */
final class RestStackBudget implements StatementBudget {

    private static final int OBJECTIVES = 50;
    private static final int KEY_RESULTS_PER_OBJECTIVE = 5;
    private static final int INITIATIVES_PER_KEY_RESULT = 10;

    @Override
    public void run(PrintStream out) {
        try (AoTestDatabase database = new AoTestDatabase()) {
            OkrStorage okr = new OkrStorage(new AoCycleRepository(database.ao()),
                    new AoObjectiveRepository(database.ao()), new AoKeyResultRepository(database.ao()),
                    new AoCheckInRepository(database.ao()), new AoInitiativeRepository(database.ao()),
                    new AoOkrReadRepository(database.ao()));
            OkrRestFixture fixture = new OkrRestFixture(okr, new AoTransactions(database.ao()));
            KpiStorage kpiStorage = new KpiStorage(new AoKpiRepository(database.ao()),
                    new AoKpiValueRepository(database.ao()), new AoKpiAlignmentRepository(database.ao()),
                    new AoKpiTargetChangeRepository(database.ao()),
                    new AoKeyResultRefreshStatusRepository(database.ao()));
            RestHarness rest = RestHarness.of(harness -> {
                List<Object> resources = new ArrayList<>(fixture.resources(harness));
                resources.addAll(KpiRestResources.create(new KpiRestDependencies(harness.currentUser(),
                        harness.permissions(), harness.translator(), harness.clock(), kpiStorage, okr,
                        new AoTransactions(database.ao()), new CountingIssueSearch(), new FakeUserDirectory(),
                        new InMemoryWaypointSettingsStore(), idOrName -> true, user -> List.of(),
                        users -> Map.of())));
                return resources;
            });
            rest.start();
            try {
                fixture.reset();
                populateCycle(fixture);
                String kpiIds = populateKpis(kpiStorage, OkrRestFixture.OWNER);
                measure(out, database, rest, "project page (" + OBJECTIVES + " objectives, "
                        + OBJECTIVES * KEY_RESULTS_PER_OBJECTIVE + " key results, "
                        + OBJECTIVES * KEY_RESULTS_PER_OBJECTIVE * INITIATIVES_PER_KEY_RESULT + " initiatives)",
                        RestRequest.get("/projects/" + OkrRestFixture.TEAM + "/okrs")
                                .query("cycleId", Long.toString(fixture.q1.id().value())));
                measure(out, database, rest, "KPI scorecard (30 KPIs x 90 days)",
                        RestRequest.get("/dashboard/kpi-scorecard").query("days", "90").query("kpis", kpiIds));
            } finally {
                rest.stop();
            }
        }
    }

    private static void measure(PrintStream out, AoTestDatabase database, RestHarness rest, String what,
            RestRequest request) {
        RestRequest asAdmin = request.as(Role.JIRA_ADMIN);
        database.statements().reset();
        RestResponse first = rest.send(asAdmin);
        int statements = database.statements().count();
        if (first.status() != 200) {
            throw new IllegalStateException(what + " answered " + first);
        }
        double millis = Medians.medianMillis(5, 21, () -> rest.send(asAdmin));
        out.printf("REST %s: %d SQL statements, median %.2f ms through JAX-RS%n", what, statements, millis);
    }

    private static void populateCycle(OkrRestFixture fixture) {
        long issue = 50_000;
        for (int o = 0; o < OBJECTIVES; o++) {
            Objective objective = fixture.objective(fixture.q1.id(), "Objective " + o, ObjectiveLevel.TEAM,
                    OkrRestFixture.TEAM, OkrRestFixture.OWNER, fixture.company.id());
            for (int k = 0; k < KEY_RESULTS_PER_OBJECTIVE; k++) {
                KeyResult keyResult = fixture.keyResult(objective.id(), "KR " + o + "." + k, OkrRestFixture.OWNER,
                        new Measure.Metric(8, 4));
                for (int day = 1; day <= 4; day++) {
                    fixture.storage().checkIns().insert(new CheckIn(null, keyResult.id(), CheckInValue.of(8 - day * 0.5),
                            6, null, OkrRestFixture.OWNER, CheckInOrigin.MANUAL, OkrRestFixture.NOW,
                            LocalDate.of(2026, 1, day + 1)));
                }
                for (int i = 0; i < INITIATIVES_PER_KEY_RESULT; i++) {
                    fixture.storage().initiatives().insert(new Initiative(null, keyResult.id(), new IssueId(issue++),
                            OkrRestFixture.OWNER, OkrRestFixture.NOW));
                }
            }
        }
    }

    private static String populateKpis(KpiStorage storage, UserKey owner) {
        StringJoiner ids = new StringJoiner(",");
        for (int k = 0; k < 30; k++) {
            Kpi kpi = storage.kpis().insert(new Kpi(null, "KPI " + k, null, "tickets", KpiFormat.NUMBER,
                    KpiDirection.LOWER_IS_BETTER, 15, 20d, owner, null, null, 60,
                    new KpiSource.JqlCount("project = SUP AND statusCategory != Done"), 0));
            ids.add(Long.toString(kpi.id().value()));
            for (int d = 0; d < 90; d++) {
                storage.values().append(KpiValue.of(kpi.id(), RestHarness.NOW.minus(Duration.ofDays(d)), 10 + d % 15));
            }
        }
        return ids.toString();
    }
}
