package dev.waypoint.kpi;

import static dev.waypoint.kpi.testdata.KpiTestData.NOW;
import static dev.waypoint.kpi.testdata.KpiTestData.aKpi;
import static dev.waypoint.kpi.testdata.KpiTestData.daysAgo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waypoint.kpi.testdata.KpiWorld;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Scorecards and histories of KPIs the caller has read (who may see them is the use cases' concern). */
class KpiReadServiceTest {

    private final KpiWorld world = new KpiWorld();
    private final KpiReadService service = world.readService();

    @Test
    void givenValuesInAndOutOfThePeriod_history_answersThoseOfThePeriodOldestFirst() {
        Kpi kpi = world.store(aKpi().global());
        world.store(KpiValue.of(kpi.id(), daysAgo(20), 1));
        world.store(KpiValue.of(kpi.id(), daysAgo(3), 3));
        world.store(KpiValue.of(kpi.id(), daysAgo(5), 2));

        assertThat(service.history(kpi.id(), daysAgo(10), NOW)).extracting(KpiValue::value)
                .containsExactly(2d, 3d);
    }

    @Test
    void givenDailyValues_cards_showLatestHealthTrendAndRequestedHistory() {
        Kpi backlog = world.store(aKpi().global().bands(KpiDirection.LOWER_IS_BETTER, 20, 30d));
        world.store(KpiValue.of(backlog.id(), daysAgo(30), 40));
        world.store(KpiValue.of(backlog.id(), daysAgo(7), 28));
        world.store(KpiValue.of(backlog.id(), daysAgo(2), 26));
        world.store(KpiValue.of(backlog.id(), NOW, 25));

        List<KpiCard> cards = service.cards(List.of(backlog), 3);

        KpiCard card = cards.get(0);
        assertThat(card.latest().value()).isEqualTo(25);
        assertThat(card.health()).isEqualTo(Health.AMBER);
        assertThat(card.trend().week().label()).isEqualTo(TrendLabel.IMPROVING);
        assertThat(card.trend().month().reference()).isEqualTo(40);
        assertThat(card.history()).extracting(KpiValue::value).containsExactly(26d, 25d);
    }

    @Test
    void givenKpiWithOnlyOldValues_cards_showItsLatestValueWithoutHistory() {
        Kpi old = world.store(aKpi().global());
        world.store(KpiValue.of(old.id(), daysAgo(400), 12));

        KpiCard card = service.cards(List.of(old), 90).get(0);

        assertThat(card.latest().value()).isEqualTo(12);
        assertThat(card.health()).isEqualTo(Health.GREEN);
        assertThat(card.history()).isEmpty();
        assertThat(card.trend()).isEqualTo(Trend.NONE);
    }

    @Test
    void givenThirtyKpisWithNinetyDailyValues_cards_readTheValuesInAtMostTwoCallsInTheGivenOrder() {
        List<Kpi> kpis = new ArrayList<>();
        for (int k = 0; k < 30; k++) {
            Kpi kpi = world.store(aKpi().global().named("KPI " + k));
            kpis.add(kpi);
            IntStream.range(0, 90).forEach(d -> world.store(KpiValue.of(kpi.id(), daysAgo(d), d)));
        }
        kpis.add(world.store(aKpi().global().named("never refreshed")));
        Collections.reverse(kpis);
        int before = world.values.totalCalls();

        List<KpiCard> cards = service.cards(kpis, 90);

        assertThat(cards).extracting(KpiCard::kpi).containsExactlyElementsOf(kpis);
        assertThat(cards.get(1).history()).hasSize(90);
        assertThat(cards.get(0).latest()).isNull();
        assertThat(cards.get(0).health()).isEqualTo(Health.UNKNOWN);
        assertThat(world.values.totalCalls() - before).isLessThanOrEqualTo(2);
    }

    @Test
    void givenNoKpis_cards_readNothing() {
        assertThat(service.cards(List.of(), 30)).isEmpty();
        assertThat(world.values.totalCalls()).isZero();
    }

    @Test
    void givenDaysOutOfRange_cards_isAProgrammingError() {
        assertThatThrownBy(() -> service.cards(List.of(), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> service.cards(List.of(), 367)).isInstanceOf(IllegalArgumentException.class);
    }
}
