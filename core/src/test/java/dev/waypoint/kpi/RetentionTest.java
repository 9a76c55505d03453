package dev.waypoint.kpi;

import static dev.waypoint.kpi.testdata.KpiTestData.NOW;
import static dev.waypoint.kpi.testdata.KpiTestData.daysAgo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetentionTest {

    private static final KpiId A = new KpiId(1);
    private static final KpiId B = new KpiId(2);

    @Test
    void givenValuesOfTheLast30Days_keep_keepsEveryOne() {
        List<KpiValue> recent = List.of(
                KpiValue.of(A, NOW.minus(Duration.ofDays(30)), 1),
                KpiValue.of(A, daysAgo(29.5), 2),
                KpiValue.of(A, daysAgo(29.5).plusSeconds(1), 3),
                KpiValue.of(A, NOW, 4));

        assertThat(Retention.DEFAULT.keep(recent, NOW, ZoneOffset.UTC)).containsExactlyElementsOf(recent);
    }

    @Test
    void givenSeveralOlderValuesPerDay_keep_keepsTheLastOfEachDayAndKpi() {
        LocalDate day = LocalDate.of(2026, 1, 1);
        KpiValue morning = KpiValue.of(A, day.atTime(8, 0).toInstant(ZoneOffset.UTC), 1);
        KpiValue evening = KpiValue.of(A, day.atTime(20, 0).toInstant(ZoneOffset.UTC), 2);
        KpiValue noonError = KpiValue.failed(A, day.atTime(12, 0).toInstant(ZoneOffset.UTC),
                KpiErrorCode.SEARCH_FAILED, "x");
        KpiValue otherKpi = KpiValue.of(B, day.atTime(9, 0).toInstant(ZoneOffset.UTC), 3);
        KpiValue nextDay = KpiValue.of(A, day.plusDays(1).atTime(1, 0).toInstant(ZoneOffset.UTC), 4);

        List<KpiValue> kept = Retention.DEFAULT.keep(List.of(evening, morning, noonError, otherKpi, nextDay), NOW,
                ZoneOffset.UTC);

        assertThat(kept).containsExactly(evening, otherKpi, nextDay);
    }

    @Test
    void givenValuesAroundMidnight_keep_usesTheDaysOfTheGivenZone() {
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        LocalDate day = LocalDate.of(2026, 1, 1);
        KpiValue lateTokyo = KpiValue.of(A, day.atTime(23, 0).atZone(tokyo).toInstant(), 1);
        KpiValue earlyNextTokyo = KpiValue.of(A, day.plusDays(1).atTime(1, 0).atZone(tokyo).toInstant(), 2);

        assertThat(Retention.DEFAULT.keep(List.of(lateTokyo, earlyNextTokyo), NOW, tokyo))
                .containsExactly(lateTokyo, earlyNextTokyo);
        assertThat(Retention.DEFAULT.keep(List.of(lateTokyo, earlyNextTokyo), NOW, ZoneOffset.UTC))
                .containsExactly(earlyNextTokyo);
    }

    @Test
    void givenTwoValuesAtTheSameOldInstant_keep_keepsTheOneListedLast() {
        KpiValue first = KpiValue.of(A, daysAgo(60), 1);
        KpiValue second = KpiValue.of(A, daysAgo(60), 2);

        assertThat(Retention.DEFAULT.keep(List.of(first, second), NOW, ZoneOffset.UTC)).containsExactly(second);
    }

    @Test
    void givenNow_cutoff_is30DaysEarlierByDefault_andTheChosenDaysOtherwise() {
        assertThat(Retention.DEFAULT.cutoff(NOW)).isEqualTo(NOW.minus(Duration.ofDays(30)));
        assertThat(Retention.ofDays(7).cutoff(NOW)).isEqualTo(NOW.minus(Duration.ofDays(7)));
        assertThat(Retention.ofDays(366).days()).isEqualTo(366);
    }

    @Test
    void givenAShorterRetention_keep_reducesValuesOlderThanItsDays() {
        KpiValue morning = KpiValue.of(A, daysAgo(10), 1);
        KpiValue evening = KpiValue.of(A, daysAgo(10).plusSeconds(60), 2);

        assertThat(Retention.ofDays(7).keep(List.of(morning, evening), NOW, ZoneOffset.UTC)).containsExactly(evening);
        assertThat(Retention.DEFAULT.keep(List.of(morning, evening), NOW, ZoneOffset.UTC))
                .containsExactly(morning, evening);
    }

    @Test
    void givenNoWholeDaysOrTooMany_retention_isRefused() {
        assertThatThrownBy(() -> Retention.ofDays(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Retention.ofDays(367)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Retention(Duration.ofHours(36))).isInstanceOf(IllegalArgumentException.class);
    }
}
