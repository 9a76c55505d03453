package dev.waypoint.refresh;

import static dev.waypoint.kpi.testdata.KpiTestData.NOW;
import static dev.waypoint.kpi.testdata.KpiTestData.aKpi;
import static dev.waypoint.kpi.testdata.KpiTestData.composite;
import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.kpi.CompositeAggregation;
import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiErrorCode;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.kpi.KpiSource;
import dev.waypoint.kpi.KpiValue;
import dev.waypoint.kpi.KpiValueRepository;
import dev.waypoint.kpi.Retention;
import dev.waypoint.kpi.inmemory.InMemoryKpiValueRepository;
import dev.waypoint.shared.UserKey;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KpiRefresherTest {

    private static final UserKey GONE = new UserKey("gone");

    private final RefreshWorld world = new RefreshWorld();

    private KpiRefreshOutcome refresh(Duration budget) {
        return world.kpiRefresher().refresh(new RefreshBudget(world.clock, budget), world.clock.instant(),
                world.settings);
    }

    @Test
    void givenOneKpiWhoseAdapterThrows_refresh_recordsAnErrorForItAndRefreshesTheOthers() {
        Kpi before = world.store(aKpi().source(new KpiSource.JqlCount("a = 1")));
        Kpi broken = world.store(aKpi().source(new KpiSource.JqlCount("boom = 1")));
        Kpi after = world.store(aKpi().source(new KpiSource.JqlCount("c = 1")));
        world.search.count("a = 1", 1).count("c = 1", 3)
                .throwWhen("boom = 1"::equals, new IllegalStateException("index unavailable"));

        KpiRefreshOutcome outcome = refresh(Duration.ofMinutes(1));

        assertThat(outcome.refreshed()).containsExactly(before.id(), after.id());
        assertThat(outcome.failed()).containsOnlyKeys(broken.id());
        assertThat(world.values.findLatest(List.of(broken.id())).get(broken.id()).error().detail())
                .isEqualTo("IllegalStateException: index unavailable");
        assertThat(world.values.all()).hasSize(3);
    }

    @Test
    void givenInactiveOwnerAndFailingQuery_refresh_recordsErrorValuesNotCrashes() {
        Kpi inactive = world.store(aKpi().ownedBy(GONE));
        Kpi badQuery = world.store(aKpi().source(new KpiSource.JqlCount("bad")));
        world.users.deactivate(GONE);
        world.search.failWhen("bad"::equals, "Error in the JQL Query");

        KpiRefreshOutcome outcome = refresh(Duration.ofMinutes(1));

        assertThat(outcome.failed().get(inactive.id()).code()).isEqualTo(KpiErrorCode.OWNER_INACTIVE);
        assertThat(outcome.failed().get(badQuery.id()).detail()).isEqualTo("Error in the JQL Query");
        assertThat(world.values.all()).allMatch(KpiValue::isError).hasSize(2);
    }

    @Test
    void givenSlowSearches_refresh_stopsWhenTheBudgetIsUsedAndLeavesTheRestForTheNextRun() {
        for (int i = 0; i < 10; i++) {
            world.store(aKpi().source(new KpiSource.JqlCount("q" + i)));
        }
        world.search.beforeEachSearch(() -> world.clock.advance(Duration.ofSeconds(1)));

        KpiRefreshOutcome first = refresh(Duration.ofSeconds(3));

        assertThat(first.refreshed()).hasSize(3);
        assertThat(first.left()).hasSize(7);
        assertThat(world.search.searches()).isEqualTo(3);
        KpiRefreshOutcome second = refresh(Duration.ofHours(1));
        assertThat(second.refreshed()).containsExactlyElementsOf(first.left());
    }

    @Test
    void givenCompositeAndItsDueChildren_refresh_combinesTheFreshChildValues() {
        Kpi a = world.store(aKpi().source(new KpiSource.JqlCount("a")));
        Kpi b = world.store(aKpi().source(new KpiSource.JqlCount("b")));
        Kpi sum = world.store(aKpi().source(composite(CompositeAggregation.SUM, a.id(), b.id())));
        world.store(KpiValue.of(a.id(), NOW.minus(Duration.ofDays(1)), 100));
        world.search.count("a", 2).count("b", 3);

        refresh(Duration.ofMinutes(1));

        assertThat(world.values.findLatest(List.of(sum.id())).get(sum.id()).value()).isEqualTo(5);
    }

    @Test
    void givenRecentValues_refresh_evaluatesNothingAndReadsTheValuesOnce() {
        Kpi kpi = world.store(aKpi());
        world.store(KpiValue.of(kpi.id(), NOW.minus(Duration.ofMinutes(10)), 1));
        int calls = world.values.totalCalls();

        KpiRefreshOutcome outcome = refresh(Duration.ofMinutes(1));

        assertThat(outcome.refreshed()).isEmpty();
        assertThat(world.search.searches()).isZero();
        assertThat(world.values.totalCalls() - calls).isEqualTo(1);
    }

    @Test
    void givenStorageFailingForOneValue_refresh_reportsItAndStoresTheOthers() {
        Kpi first = world.store(aKpi().source(new KpiSource.JqlCount("a")));
        Kpi second = world.store(aKpi().source(new KpiSource.JqlCount("b")));
        KpiValueRepository failingOnFirst = new FailingAppend(world.values, first.id());
        KpiRefresher refresher = new KpiRefresher(world.kpis, failingOnFirst, world.evaluator());

        KpiRefreshOutcome outcome = refresher.refresh(new RefreshBudget(world.clock, Duration.ofMinutes(1)), NOW,
                world.settings);

        assertThat(outcome.failed().get(first.id()).code()).isEqualTo(KpiErrorCode.INTERNAL);
        assertThat(outcome.refreshed()).containsExactly(second.id());
    }

    /** Delegates, but fails to append values of one KPI. */
    private record FailingAppend(InMemoryKpiValueRepository delegate, KpiId failing) implements KpiValueRepository {

        @Override
        public KpiValue append(KpiValue value) {
            if (value.kpiId().equals(failing)) {
                throw new IllegalStateException("disk full");
            }
            return delegate.append(value);
        }

        @Override
        public KpiValue upsert(KpiValue value) {
            return delegate.upsert(value);
        }

        @Override
        public Map<KpiId, KpiValue> findLatest(Collection<KpiId> kpiIds) {
            return delegate.findLatest(kpiIds);
        }

        @Override
        public Map<KpiId, List<KpiValue>> findBetween(Collection<KpiId> kpiIds, Instant from, Instant to) {
            return delegate.findBetween(kpiIds, from, to);
        }

        @Override
        public int compact(Retention retention, Instant now, ZoneId zone) {
            return delegate.compact(retention, now, zone);
        }

        @Override
        public int deleteAt(KpiId kpiId, Instant at) {
            return delegate.deleteAt(kpiId, at);
        }

        @Override
        public void deleteByKpiId(KpiId kpiId) {
            delegate.deleteByKpiId(kpiId);
        }
    }
}
