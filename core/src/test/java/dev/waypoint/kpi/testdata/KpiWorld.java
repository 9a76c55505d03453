package dev.waypoint.kpi.testdata;

import dev.waypoint.alignment.inmemory.InMemoryKpiAlignmentRepository;
import dev.waypoint.app.kpi.KpiDeletion;
import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiReadService;
import dev.waypoint.kpi.KpiService;
import dev.waypoint.kpi.KpiValidator;
import dev.waypoint.kpi.KpiValue;
import dev.waypoint.kpi.KpiValueService;
import dev.waypoint.kpi.fake.CountingIssueSearch;
import dev.waypoint.kpi.fake.FakeDateFields;
import dev.waypoint.kpi.fake.FakeUserDirectory;
import dev.waypoint.kpi.inmemory.InMemoryKpiRepository;
import dev.waypoint.kpi.inmemory.InMemoryKpiTargetChangeRepository;
import dev.waypoint.kpi.inmemory.InMemoryKpiValueRepository;
import dev.waypoint.objective.inmemory.InMemoryObjectiveRepository;
import dev.waypoint.shared.inmemory.ImmediateTransactions;
import java.time.Clock;

/**
 * The KPI services wired on in-memory fakes with the fixed clock of {@link KpiTestData}, plus shortcuts to store
 * fixture rows directly. One instance per test.
 */
public final class KpiWorld {

    public final InMemoryKpiRepository kpis = new InMemoryKpiRepository();
    public final InMemoryKpiValueRepository values = new InMemoryKpiValueRepository();
    public final InMemoryObjectiveRepository objectives = new InMemoryObjectiveRepository();
    public final InMemoryKpiAlignmentRepository alignments = new InMemoryKpiAlignmentRepository(objectives);
    public final InMemoryKpiTargetChangeRepository targetChanges = new InMemoryKpiTargetChangeRepository();
    public final CountingIssueSearch search = new CountingIssueSearch();
    public final FakeUserDirectory users = new FakeUserDirectory();
    public final FakeDateFields dateFields = new FakeDateFields();
    public final ImmediateTransactions transactions = new ImmediateTransactions();
    public Clock clock = KpiTestData.CLOCK;

    public KpiService kpiService() {
        return new KpiService(kpis, validator(), targetChanges, transactions, clock);
    }

    public KpiValidator validator() {
        return new KpiValidator(search, users, dateFields);
    }

    public KpiDeletion deletion() {
        return new KpiDeletion(kpis, values, alignments, targetChanges, transactions);
    }

    public KpiValueService valueService() {
        return new KpiValueService(kpis, values, clock);
    }

    public KpiReadService readService() {
        return new KpiReadService(values, clock);
    }

    public Kpi store(KpiBuilder kpi) {
        return kpis.insert(kpi.build());
    }

    public KpiValue store(KpiValue value) {
        return values.append(value);
    }
}
