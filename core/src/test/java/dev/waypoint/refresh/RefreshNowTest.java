package dev.waypoint.refresh;

import static dev.waypoint.kpi.testdata.KpiTestData.NOW;
import static dev.waypoint.kpi.testdata.KpiTestData.aKpi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiSource;
import dev.waypoint.kpi.KpiValue;
import dev.waypoint.refresh.inmemory.InMemoryRefreshClaims;
import dev.waypoint.shared.ConflictException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RefreshNowTest {

    private final RefreshWorld world = new RefreshWorld();
    private final InMemoryRefreshClaims claims = new InMemoryRefreshClaims();
    private final RefreshNow refreshNow = new RefreshNow(world.kpiRefresher(), claims, world.values,
            () -> world.settings, world.clock);
    /** A second node: its own RefreshNow on the same storage and claims. */
    private final RefreshNow otherNode = new RefreshNow(world.kpiRefresher(), claims, world.values,
            () -> world.settings, world.clock);

    @Test
    void givenAKpi_refresh_evaluatesItNowAndStoresTheValue() {
        Kpi kpi = world.store(aKpi().source(new KpiSource.JqlCount("open")));
        world.search.count("open", 12);

        KpiValue value = refreshNow.refresh(kpi);

        assertThat(value.value()).isEqualTo(12d);
        assertThat(value.at()).isEqualTo(NOW);
        assertThat(world.values.all()).containsExactly(value);
        assertThat(world.search.searches()).isEqualTo(1);
    }

    @Test
    void givenARefreshLessThanAMinuteAgo_refresh_answersThatValueWithoutSearchingAgain() {
        Kpi kpi = world.store(aKpi().source(new KpiSource.JqlCount("open")));
        world.search.count("open", 12);
        KpiValue first = refreshNow.refresh(kpi);
        world.search.count("open", 13);
        world.clock.advance(Duration.ofSeconds(59));

        KpiValue second = refreshNow.refresh(kpi);

        assertThat(second).isEqualTo(first);
        assertThat(world.search.searches()).isEqualTo(1);
        assertThat(world.values.all()).hasSize(1);
    }

    @Test
    void givenAMinutePassed_refresh_evaluatesAgain() {
        Kpi kpi = world.store(aKpi().source(new KpiSource.JqlCount("open")));
        world.search.count("open", 12);
        refreshNow.refresh(kpi);
        world.search.count("open", 13);
        world.clock.advance(Duration.ofSeconds(61));

        KpiValue again = refreshNow.refresh(kpi);

        assertThat(again.value()).isEqualTo(13d);
        assertThat(world.search.searches()).isEqualTo(2);
    }

    @Test
    void givenTheDefinitionChangedSinceTheLastRefresh_refresh_evaluatesAtOnce() {
        Kpi kpi = world.store(aKpi().source(new KpiSource.JqlCount("open")));
        world.search.count("open", 12).count("open or new", 20);
        refreshNow.refresh(kpi);
        Kpi changed = world.kpis.update(new Kpi(kpi.id(), kpi.name(), kpi.description(), kpi.unit(), kpi.format(),
                kpi.direction(), kpi.target(), kpi.warning(), kpi.owner(), kpi.project(), kpi.parentId(),
                kpi.refreshMinutes(), new KpiSource.JqlCount("open or new"), kpi.version()));

        KpiValue fresh = refreshNow.refresh(changed);

        assertThat(fresh.value()).isEqualTo(20d);
        assertThat(world.search.searches()).isEqualTo(2);
    }

    @Test
    void givenARefreshOnAnotherNodeLessThanAMinuteAgo_refresh_answersItsStoredValueWithoutSearching() {
        Kpi kpi = world.store(aKpi().source(new KpiSource.JqlCount("open")));
        world.search.count("open", 12);
        KpiValue first = otherNode.refresh(kpi);
        world.search.count("open", 13);
        world.clock.advance(Duration.ofSeconds(30));

        KpiValue second = refreshNow.refresh(kpi);

        assertThat(second).isEqualTo(first);
        assertThat(world.search.searches()).isEqualTo(1);
    }

    @Test
    void givenTheRefreshJobStoredANewerValue_refreshWithinTheMinute_answersTheNewestStoredValue() {
        Kpi kpi = world.store(aKpi().source(new KpiSource.JqlCount("open")));
        world.search.count("open", 12);
        refreshNow.refresh(kpi);
        KpiValue fromJob = world.store(KpiValue.of(kpi.id(), NOW.plusSeconds(10), 14d));
        world.clock.advance(Duration.ofSeconds(20));

        assertThat(otherNode.refresh(kpi)).isEqualTo(fromJob);
    }

    @Test
    void givenAnotherNodeHoldsTheClaimAndNoValueIsStoredYet_refresh_answersConflictWithoutSearching() {
        Kpi kpi = world.store(aKpi().source(new KpiSource.JqlCount("open")));
        claims.claim(RefreshNow.claimName(kpi), kpi.version(), NOW, RefreshNow.MIN_INTERVAL);

        assertThatThrownBy(() -> refreshNow.refresh(kpi)).isInstanceOf(ConflictException.class);
        assertThat(world.search.searches()).isZero();
        assertThat(world.values.all()).isEmpty();
    }
}
