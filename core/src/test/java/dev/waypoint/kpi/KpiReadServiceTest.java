package dev.waypoint.kpi;

import static dev.waypoint.kpi.testdata.KpiTestData.ALICE;
import static dev.waypoint.kpi.testdata.KpiTestData.BOB;
import static dev.waypoint.kpi.testdata.KpiTestData.NOW;
import static dev.waypoint.kpi.testdata.KpiTestData.aKpi;
import static dev.waypoint.kpi.testdata.KpiTestData.daysAgo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waypoint.kpi.testdata.KpiWorld;
import dev.waypoint.shared.NotFoundException;
import dev.waypoint.testdata.OkrTestData;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class KpiReadServiceTest {

    private final KpiWorld world = new KpiWorld();
    private final KpiReadService service = world.readService();

    @Test
    void givenProjectKpiAndGlobalKpi_find_showsProjectKpiOnlyToWhoMayBrowseTheProject() {
        Kpi support = world.store(aKpi().scope(OkrTestData.SUPPORT));
        Kpi global = world.store(aKpi().global());
        world.access.allowBrowse(OkrTestData.SUPPORT, ALICE);

        assertThat(service.find(ALICE, support.id())).contains(support);
        assertThat(service.find(BOB, support.id())).isEmpty();
        assertThat(service.find(BOB, global.id())).contains(global);
        assertThat(service.find(null, global.id())).isEmpty();
        assertThat(service.list(BOB)).containsExactly(global);
        assertThat(service.list(ALICE)).containsExactly(support, global);
    }

    @Test
    void givenInvisibleKpi_history_throwsNotFoundLikeAMissingOne() {
        Kpi support = world.store(aKpi().scope(OkrTestData.SUPPORT));
        world.store(KpiValue.of(support.id(), daysAgo(1), 3));

        assertThatThrownBy(() -> service.history(BOB, support.id(), daysAgo(10), NOW))
                .isInstanceOf(NotFoundException.class);
        world.access.allowBrowse(OkrTestData.SUPPORT, BOB);
        assertThat(service.history(BOB, support.id(), daysAgo(10), NOW)).extracting(KpiValue::value)
                .containsExactly(3d);
    }

    @Test
    void givenDailyValues_scorecard_showsLatestHealthTrendAndRequestedHistory() {
        Kpi backlog = world.store(aKpi().global().bands(KpiDirection.LOWER_IS_BETTER, 20, 30d));
        world.store(KpiValue.of(backlog.id(), daysAgo(30), 40));
        world.store(KpiValue.of(backlog.id(), daysAgo(7), 28));
        world.store(KpiValue.of(backlog.id(), daysAgo(2), 26));
        world.store(KpiValue.of(backlog.id(), NOW, 25));

        List<KpiCard> cards = service.scorecard(BOB, List.of(backlog.id()), 3);

        KpiCard card = cards.get(0);
        assertThat(card.latest().value()).isEqualTo(25);
        assertThat(card.health()).isEqualTo(Health.AMBER);
        assertThat(card.trend().week().label()).isEqualTo(TrendLabel.IMPROVING);
        assertThat(card.trend().month().reference()).isEqualTo(40);
        assertThat(card.history()).extracting(KpiValue::value).containsExactly(26d, 25d);
    }

    @Test
    void givenKpiWithOnlyOldValues_scorecard_showsItsLatestValueWithoutHistory() {
        Kpi old = world.store(aKpi().global());
        world.store(KpiValue.of(old.id(), daysAgo(400), 12));

        KpiCard card = service.scorecard(BOB, List.of(old.id()), 90).get(0);

        assertThat(card.latest().value()).isEqualTo(12);
        assertThat(card.health()).isEqualTo(Health.GREEN);
        assertThat(card.history()).isEmpty();
        assertThat(card.trend()).isEqualTo(Trend.NONE);
    }

    @Test
    void givenThirtyKpisWithNinetyDailyValues_scorecard_readsInAtMostThreeRepositoryCallsInRequestedOrder() {
        List<KpiId> ids = new ArrayList<>();
        for (int k = 0; k < 30; k++) {
            Kpi kpi = world.store(aKpi().global().named("KPI " + k));
            ids.add(kpi.id());
            IntStream.range(0, 90).forEach(d -> world.store(KpiValue.of(kpi.id(), daysAgo(d), d)));
        }
        world.store(aKpi().global().named("never refreshed"));
        ids.add(new KpiId(31));
        List<KpiId> requested = new ArrayList<>(ids);
        Collections.reverse(requested);
        int before = world.values.totalCalls();

        List<KpiCard> cards = service.scorecard(BOB, requested, 90);

        assertThat(cards).hasSize(31);
        assertThat(cards).extracting(c -> c.kpi().id()).containsExactlyElementsOf(requested);
        assertThat(cards.get(1).history()).hasSize(90);
        assertThat(cards.get(0).latest()).isNull();
        assertThat(cards.get(0).health()).isEqualTo(Health.UNKNOWN);
        assertThat(world.values.totalCalls() - before).isLessThanOrEqualTo(2);
    }

    @Test
    void givenKpisTheViewerMayNotSee_scorecard_leavesThemOutWithoutReadingTheirValues() {
        Kpi hidden = world.store(aKpi().scope(OkrTestData.SUPPORT));
        world.store(KpiValue.of(hidden.id(), NOW, 3));

        assertThat(service.scorecard(BOB, List.of(hidden.id()), 30)).isEmpty();
        assertThat(world.values.calls("findBetween")).isZero();
    }

    @Test
    void givenDaysOutOfRange_scorecard_isAProgrammingError() {
        assertThatThrownBy(() -> service.scorecard(BOB, List.of(), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> service.scorecard(BOB, List.of(), 367))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
