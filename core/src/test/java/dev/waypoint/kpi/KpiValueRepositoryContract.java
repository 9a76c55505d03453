package dev.waypoint.kpi;

import static dev.waypoint.kpi.testdata.KpiTestData.NOW;
import static dev.waypoint.kpi.testdata.KpiTestData.aKpi;
import static dev.waypoint.kpi.testdata.KpiTestData.daysAgo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.kpi.testdata.KpiRepositories;
import dev.waypoint.shared.UserKey;
import dev.waypoint.testdata.ManyIds;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of every {@link KpiValueRepository}, including the retention compaction. A subclass supplies fresh,
 * empty repositories sharing one store in {@link #createRepositories()}. Timestamps are whole milliseconds.
 */
public abstract class KpiValueRepositoryContract {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private KpiValueRepository values;
    private KpiId first;
    private KpiId second;

    /** Fresh, empty repositories sharing one store; called before each test. */
    protected abstract KpiRepositories createRepositories();

    @BeforeEach
    void createRepository() {
        KpiRepositories repositories = createRepositories();
        values = repositories.values();
        first = repositories.kpis().insert(aKpi().named("First").build()).id();
        second = repositories.kpis().insert(aKpi().named("Second").build()).id();
    }

    @Test
    void givenValueWithBreakdown_appendAndFindLatest_returnsEqualValue() {
        KpiValue value = KpiValue.withBreakdown(first, NOW.plusMillis(123), 4.125, List.of(
                new AgentRow(new UserKey("zoë"), 7, Health.RED),
                new AgentRow(new UserKey("bob"), 0, Health.GREEN),
                AgentRow.unassigned(3)));

        values.append(value);

        assertThat(values.findLatest(List.of(first))).containsExactly(Map.entry(first, value));
    }

    @Test
    void givenErrorValue_appendAndFindLatest_keepsCodeAndDetail() {
        KpiValue failed = KpiValue.failed(first, NOW, KpiErrorCode.SEARCH_FAILED,
                "Le champ « Épic » n'existe pas — " + "x".repeat(KpiError.MAX_DETAIL - 40));

        values.append(failed);

        assertThat(values.findLatest(List.of(first)).get(first)).isEqualTo(failed);
    }

    @Test
    void givenValuesOfSeveralKpis_findLatest_returnsTheLatestOfEachIncludingErrors() {
        values.append(KpiValue.of(first, daysAgo(2), 1));
        KpiValue firstLatest = values.append(KpiValue.failed(first, daysAgo(1), KpiErrorCode.OWNER_INACTIVE, "bob"));
        values.append(KpiValue.of(first, daysAgo(3), 3));
        KpiValue secondLatest = values.append(KpiValue.of(second, daysAgo(5), 5));

        assertThat(values.findLatest(List.of(first, second, new KpiId(424_242))))
                .containsOnlyKeys(first, second)
                .containsEntry(first, firstLatest)
                .containsEntry(second, secondLatest);
        assertThat(values.findLatest(List.of())).isEmpty();
    }

    @Test
    void givenTwoValuesAtTheSameInstant_findLatest_returnsTheOneStoredLast() {
        values.append(KpiValue.of(first, NOW, 1));
        KpiValue later = values.append(KpiValue.of(first, NOW, 2));

        assertThat(values.findLatest(List.of(first)).get(first)).isEqualTo(later);
        assertThat(values.findBetween(List.of(first), NOW, NOW.plusMillis(1)).get(first)).extracting(KpiValue::value)
                .containsExactly(1d, 2d);
    }

    @Test
    void givenValues_findBetween_returnsFromInclusiveToExclusiveOldestFirstPerKpi() {
        Instant from = daysAgo(10);
        Instant to = daysAgo(1);
        values.append(KpiValue.of(first, to, 99));
        KpiValue b = values.append(KpiValue.of(first, daysAgo(5), 2));
        KpiValue a = values.append(KpiValue.of(first, from, 1));
        values.append(KpiValue.of(first, from.minusMillis(1), 0));
        KpiValue c = values.append(KpiValue.of(second, daysAgo(2), 3));

        var found = values.findBetween(List.of(first, second, new KpiId(424_242)), from, to);

        assertThat(found).containsOnlyKeys(first, second);
        assertThat(found.get(first)).containsExactly(a, b);
        assertThat(found.get(second)).containsExactly(c);
        assertThat(values.findBetween(List.of(), from, to)).isEmpty();
    }

    @Test
    void givenMoreThan1000Ids_findLatestAndFindBetween_findEveryKpi() {
        KpiValue a = values.append(KpiValue.of(first, daysAgo(1), 1));
        KpiValue b = values.append(KpiValue.of(second, daysAgo(1), 2));
        List<KpiId> many = ManyIds.around(List.of(first.value(), second.value()), KpiId::new);

        assertThat(values.findLatest(many)).containsEntry(first, a).containsEntry(second, b).hasSize(2);
        assertThat(values.findBetween(many, daysAgo(2), NOW)).containsOnlyKeys(first, second);
    }

    @Test
    void givenValueAtTheSameInstant_upsert_replacesItSoRepeatingIsIdempotent() {
        Instant day = daysAgo(3);
        values.append(KpiValue.of(first, day.plusSeconds(1), 7));

        values.upsert(KpiValue.of(first, day, 5));
        values.upsert(KpiValue.of(first, day, 6));
        values.upsert(KpiValue.of(first, day, 6));
        values.upsert(KpiValue.of(second, day, 1));

        assertThat(values.findBetween(List.of(first), daysAgo(4), NOW).get(first)).extracting(KpiValue::value)
                .containsExactly(6d, 7d);
        assertThat(values.findLatest(List.of(second)).get(second).value()).isEqualTo(1d);
    }

    @Test
    void givenValuesOfADay_deleteAt_removesExactlyThatInstantsAndTheLatestFallsBackToTheOneBefore() {
        KpiValue older = values.append(KpiValue.of(first, daysAgo(3), 3));
        values.upsert(KpiValue.of(first, daysAgo(1), 5));
        KpiValue otherKpi = values.append(KpiValue.of(second, daysAgo(1), 9));

        assertThat(values.deleteAt(first, daysAgo(1))).isEqualTo(1);

        assertThat(values.findBetween(List.of(first), daysAgo(4), NOW).get(first)).containsExactly(older);
        assertThat(values.findLatest(List.of(first, second))).containsEntry(first, older).containsEntry(second,
                otherKpi);
        assertThat(values.deleteAt(first, daysAgo(1))).isZero();
        assertThat(values.deleteAt(first, daysAgo(3))).isEqualTo(1);
        assertThat(values.findLatest(List.of(first))).isEmpty();
    }

    @Test
    void givenAnOlderValue_deleteAt_leavesTheLatestAsItIs() {
        values.append(KpiValue.of(first, daysAgo(3), 3));
        KpiValue latest = values.append(KpiValue.of(first, daysAgo(1), 5));

        values.deleteAt(first, daysAgo(3));

        assertThat(values.findLatest(List.of(first))).containsEntry(first, latest);
        assertThat(values.findBetween(List.of(first), daysAgo(4), NOW).get(first)).containsExactly(latest);
    }

    @Test
    void givenOldAndRecentValues_compact_keepsAllRecentAndTheLastOfEachOlderDayInTheZone() {
        ZonedDateTime oldDay = NOW.atZone(BERLIN).minusDays(40).toLocalDate().atStartOfDay(BERLIN);
        KpiValue earlyOld = values.append(KpiValue.of(first, oldDay.plusMinutes(30).toInstant(), 1));
        KpiValue lastOld = values.append(KpiValue.of(first, oldDay.plusHours(23).plusMinutes(30).toInstant(), 2));
        KpiValue nextDay = values.append(KpiValue.of(first, oldDay.plusHours(24).plusMinutes(10).toInstant(), 3));
        KpiValue otherKpiSameDay = values.append(KpiValue.of(second, oldDay.plusHours(1).toInstant(), 4));
        KpiValue recentA = values.append(KpiValue.of(first, daysAgo(29), 5));
        KpiValue recentB = values.append(KpiValue.of(first, daysAgo(29).plusSeconds(60), 6));

        int deleted = values.compact(Retention.DEFAULT, NOW, BERLIN);

        assertThat(deleted).isEqualTo(1);
        assertThat(values.findBetween(List.of(first), Instant.EPOCH, NOW.plus(Duration.ofDays(1))).get(first))
                .containsExactly(lastOld, nextDay, recentA, recentB)
                .doesNotContain(earlyOld);
        assertThat(values.findLatest(List.of(second)).get(second)).isEqualTo(otherKpiSameDay);
    }

    @Test
    void givenAShorterRetention_compact_reducesValuesOlderThanItsDays() {
        Instant tenDaysAgo = daysAgo(10);
        values.append(KpiValue.of(first, tenDaysAgo, 1));
        KpiValue later = values.append(KpiValue.of(first, tenDaysAgo.plusSeconds(60), 2));
        KpiValue recent = values.append(KpiValue.of(first, daysAgo(6), 3));
        values.append(KpiValue.of(first, daysAgo(6).plusSeconds(60), 4));

        assertThat(values.compact(Retention.DEFAULT, NOW, BERLIN)).isZero();
        int deleted = values.compact(Retention.ofDays(7), NOW, BERLIN);

        assertThat(deleted).isEqualTo(1);
        assertThat(values.findBetween(List.of(first), Instant.EPOCH, NOW).get(first)).hasSize(3)
                .contains(later, recent);
    }

    @Test
    void givenCompactedValues_compactAgain_deletesNothing() {
        Instant old = daysAgo(45);
        values.append(KpiValue.of(first, old, 1));
        values.append(KpiValue.of(first, old.plusSeconds(60), 2));
        values.compact(Retention.DEFAULT, NOW, BERLIN);

        int deleted = values.compact(Retention.DEFAULT, NOW, BERLIN);

        assertThat(deleted).isZero();
        assertThat(values.findBetween(List.of(first), Instant.EPOCH, NOW).get(first)).hasSize(1);
    }

    @Test
    void givenValuesOfTwoKpis_deleteByKpiId_removesOnlyThatKpisValues() {
        values.append(KpiValue.of(first, daysAgo(1), 1));
        KpiValue kept = values.append(KpiValue.of(second, daysAgo(1), 2));

        values.deleteByKpiId(first);

        assertThat(values.findLatest(List.of(first, second))).containsOnlyKeys(second).containsEntry(second, kept);
    }
}
