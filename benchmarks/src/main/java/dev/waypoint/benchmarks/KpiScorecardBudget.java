package dev.waypoint.benchmarks;

import dev.waypoint.access.AccessFacts;
import dev.waypoint.access.AccessSettings;
import dev.waypoint.access.KpiPermissions;
import dev.waypoint.access.Permissions;
import dev.waypoint.app.kpi.KpiAccess;
import dev.waypoint.app.kpi.KpiScorecardQuery;
import dev.waypoint.app.kpi.VisibleKpis;
import dev.waypoint.jira.ao.AoKpiRepository;
import dev.waypoint.jira.ao.AoKpiValueRepository;
import dev.waypoint.jira.ao.AoTestDatabase;
import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiCard;
import dev.waypoint.kpi.KpiDirection;
import dev.waypoint.kpi.KpiFormat;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.kpi.KpiReadService;
import dev.waypoint.kpi.KpiSource;
import dev.waypoint.kpi.KpiValue;
import dev.waypoint.shared.ProjectKey;
import dev.waypoint.shared.UserKey;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Issue budget: a scorecard of 30 KPIs with 90 days of daily values reads in 2 SQL statements on AO/HSQLDB, through
 * the use case the dashboard item calls ({@link KpiScorecardQuery}). Printed beside per-KPI loading (the KPI, its
 * latest value and its history, one KPI at a time).
 */
final class KpiScorecardBudget implements StatementBudget {

    static final int KPIS = 30;
    static final int DAYS = 90;
    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    private static final UserKey VIEWER = new UserKey("lead");

    /** Every viewer is a licensed user who sees company items: the benchmark measures storage, not permissions. */
    private static final AccessFacts EVERYONE = new AccessFacts() {
        @Override
        public boolean isLicensed(UserKey user) {
            return true;
        }

        @Override
        public boolean isJiraAdmin(UserKey user) {
            return false;
        }

        @Override
        public boolean isInGroup(UserKey user, String group) {
            return false;
        }

        @Override
        public boolean canBrowseProject(UserKey user, ProjectKey project) {
            return true;
        }

        @Override
        public boolean isProjectAdmin(UserKey user, ProjectKey project) {
            return false;
        }

        @Override
        public AccessSettings settings() {
            return AccessSettings.DEFAULTS;
        }
    };

    @Override
    public void run(PrintStream out) {
        try (AoTestDatabase database = new AoTestDatabase()) {
            AoKpiRepository kpis = new AoKpiRepository(database.ao());
            AoKpiValueRepository values = new AoKpiValueRepository(database.ao());
            List<KpiId> ids = populate(kpis, values);
            KpiScorecardQuery service = new KpiScorecardQuery(new KpiAccess(() -> Optional.of(VIEWER),
                    new VisibleKpis(kpis, new KpiPermissions(new Permissions(EVERYONE)))),
                    new KpiReadService(values, Clock.fixed(NOW, ZoneOffset.UTC)));

            database.statements().reset();
            List<KpiCard> cards = service.ofKpis(ids, DAYS).cards();
            int batched = database.statements().count();
            double batchedMillis = Medians.medianMillis(5, 21, () -> service.ofKpis(ids, DAYS));

            database.statements().reset();
            perKpi(kpis, values, ids);
            int perKpi = database.statements().count();
            double perKpiMillis = Medians.medianMillis(3, 11, () -> perKpi(kpis, values, ids));

            out.printf("KPI scorecard (%d KPIs x %d daily values, %d cards):%n", KPIS, DAYS, cards.size());
            out.printf("  batched  (KpiScorecardQuery.ofKpis): %5d SQL statements, median %8.2f ms  [budget: <= 2]%n",
                    batched, batchedMillis);
            out.printf("  per-KPI  (find, latest, history):    %5d SQL statements, median %8.2f ms  (x%.0f statements)%n",
                    perKpi, perKpiMillis, (double) perKpi / batched);
            if (batched > 2) {
                throw new IllegalStateException("budget broken: " + batched + " statements > 2");
            }
        }
    }

    private static List<Object> perKpi(AoKpiRepository kpis, AoKpiValueRepository values, List<KpiId> ids) {
        List<Object> loaded = new ArrayList<>();
        for (KpiId id : ids) {
            loaded.add(kpis.findById(id));
            loaded.add(values.findLatest(List.of(id)));
            loaded.add(values.findBetween(List.of(id), NOW.minus(Duration.ofDays(DAYS)), NOW.plusSeconds(1)));
        }
        return loaded;
    }

    private static List<KpiId> populate(AoKpiRepository kpis, AoKpiValueRepository values) {
        List<KpiId> ids = new ArrayList<>();
        for (int k = 0; k < KPIS; k++) {
            Kpi kpi = kpis.insert(new Kpi(null, "KPI " + k, null, "tickets", KpiFormat.NUMBER,
                    KpiDirection.LOWER_IS_BETTER, 15, 20d, VIEWER, null, null, 60,
                    new KpiSource.JqlCount("project = SUP AND statusCategory != Done"), 0));
            ids.add(kpi.id());
            for (int d = 0; d < DAYS; d++) {
                values.append(KpiValue.of(kpi.id(), NOW.minus(Duration.ofDays(d)), 10 + (d % 15)));
            }
        }
        return ids;
    }
}
