package dev.waypoint.refresh;

import dev.waypoint.issue.IssueId;
import dev.waypoint.issue.StatusCategory;
import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiValue;
import dev.waypoint.kpi.fake.CountingIssueSearch;
import dev.waypoint.kpi.fake.FakeUserDirectory;
import dev.waypoint.kpi.fake.MutableClock;
import dev.waypoint.kpi.inmemory.InMemoryKpiRepository;
import dev.waypoint.kpi.inmemory.InMemoryKpiValueRepository;
import dev.waypoint.kpi.search.Agent;
import dev.waypoint.kpi.search.IssueFacts;
import dev.waypoint.kpi.testdata.KpiBuilder;
import dev.waypoint.kpi.testdata.KpiTestData;
import dev.waypoint.refresh.inmemory.InMemoryKeyResultRefreshStatusRepository;
import dev.waypoint.refresh.inmemory.InMemoryRefreshClaims;
import dev.waypoint.testdata.OkrWorld;
import java.time.Instant;
import java.util.Map;

/** The refresh job wired on in-memory fakes, a counting search and a clock tests move. One instance per test. */
public final class RefreshWorld {

    public final InMemoryKpiRepository kpis = new InMemoryKpiRepository();
    public final InMemoryKpiValueRepository values = new InMemoryKpiValueRepository();
    public final OkrWorld okr = new OkrWorld();
    public final InMemoryKeyResultRefreshStatusRepository statuses = new InMemoryKeyResultRefreshStatusRepository();
    public final CountingIssueSearch search = new CountingIssueSearch();
    public final FakeUserDirectory users = new FakeUserDirectory();
    public final InMemoryRefreshClaims claims = new InMemoryRefreshClaims();
    public final MutableClock clock = new MutableClock(KpiTestData.NOW);
    public RefreshSettings settings = RefreshSettings.DEFAULTS;

    public KpiEvaluator evaluator() {
        return new KpiEvaluator(search, users);
    }

    public KpiRefresher kpiRefresher() {
        return new KpiRefresher(kpis, values, evaluator());
    }

    public KeyResultRefresher keyResultRefresher() {
        return new KeyResultRefresher(new ActiveCycleKeyResults(okr.cycles, okr.objectives, okr.keyResults),
                statuses, new KeyResultInputs(okr.initiatives, values), new KeyResultEvaluator(search, users),
                okr.checkIns);
    }

    public RefreshJob job() {
        return new RefreshJob(kpiRefresher(), keyResultRefresher(), values, claims, () -> settings, clock);
    }

    public Kpi store(KpiBuilder kpi) {
        return kpis.insert(kpi.build());
    }

    public KpiValue store(KpiValue value) {
        return values.append(value);
    }

    /** An issue with the given status and story points, no time tracking. */
    public static IssueFacts issue(long id, StatusCategory status, Double storyPoints) {
        return new IssueFacts(new IssueId(id), "SUP-" + id, null, status, Map.of(), storyPoints, 0, 0, false);
    }

    public static IssueFacts epic(long id, StatusCategory status) {
        return new IssueFacts(new IssueId(id), "SUP-" + id, null, status, Map.of(), null, 0, 0, true);
    }

    public static IssueFacts assignedTo(long id, Agent agent) {
        return new IssueFacts(new IssueId(id), "SUP-" + id, agent, StatusCategory.TO_DO, Map.of(), null, 0, 0,
                false);
    }

    public static IssueFacts resolved(long id, Instant created, Instant resolved) {
        return new IssueFacts(new IssueId(id), "SUP-" + id, null, StatusCategory.DONE,
                resolved == null ? Map.of("created", created) : Map.of("created", created, "resolutiondate", resolved),
                null, 0, 0, false);
    }
}
