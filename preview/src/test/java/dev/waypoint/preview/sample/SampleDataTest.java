package dev.waypoint.preview.sample;


import dev.waypoint.cycle.Cycle;
import dev.waypoint.cycle.CycleState;
import dev.waypoint.insight.Insight;
import dev.waypoint.insight.InsightType;
import dev.waypoint.issue.StatusCategory;
import dev.waypoint.jira.wiring.Storage;
import dev.waypoint.keyresult.IssuesMode;
import dev.waypoint.keyresult.IssuesScope;
import dev.waypoint.keyresult.Judgement;
import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.keyresult.Measure;
import dev.waypoint.keyresult.MeasureType;
import dev.waypoint.kpi.AgentRow;
import dev.waypoint.kpi.CompositeAggregation;
import dev.waypoint.kpi.DurationStatistic;
import dev.waypoint.kpi.Health;
import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiHealth;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.kpi.KpiSource;
import dev.waypoint.kpi.KpiSourceKind;
import dev.waypoint.kpi.KpiValue;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveLevel;
import dev.waypoint.objective.ObjectiveState;
import dev.waypoint.preview.issues.SampleIssue;
import dev.waypoint.shared.UserKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import static org.assertj.core.api.Assertions.assertThat;

/** The sample loaded once for a fixed day, read back through the app's repositories. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleDataTest {

    SampleFixture fixture;
    Storage okr;
    Storage kpi;
    LocalDate today;

    @BeforeAll
    void load() {
        fixture = SampleFixture.load();
        okr = fixture.storage();
        kpi = fixture.storage();
        today = fixture.world().calendar().today();
    }

    @AfterAll
    void close() {
        fixture.close();
    }

    @Nested
    class Determinism {

        @Test
        void givenSameDayAtAnotherTime_load_writesTheSameRows() {
            Clock laterThatDay = Clock.offset(SampleFixture.CLOCK, Duration.ofHours(13));

            try (SampleFixture second = SampleFixture.load(laterThatDay)) {
                assertThat(SampleDump.of(second)).isEqualTo(SampleDump.of(fixture));
            }
        }
    }

    @Nested
    class Volumes {

        @Test
        void givenServiceDesk_tickets_areAbout3000Over120DaysFor8Agents() {
            List<SampleIssue> support = issuesOf("SUP");
            Instant firstDay = fixture.world().calendar().at(today.minusDays(120), LocalTime.MIDNIGHT);

            assertThat(support).hasSizeBetween(2_800, 3_200);
            assertThat(support).allMatch(issue -> !issue.life().created().isBefore(firstDay)
                    && issue.life().created().isBefore(fixture.world().calendar().horizon()));
            assertThat(support.stream().map(issue -> issue.life().assignee()).filter(Objects::nonNull).distinct())
                    .containsExactlyInAnyOrderElementsOf(fixture.world().people().agents())
                    .hasSize(8);
        }

        @Test
        void givenProductProjects_backlog_hasEpicsAndStoriesWithStoryPoints() {
            for (String project : List.of("APP", "WEB")) {
                List<SampleIssue> issues = issuesOf(project);
                assertThat(issues).filteredOn(SampleIssue::isEpic).as(project).isNotEmpty();
                assertThat(issues).filteredOn(issue -> issue.epicId() != null && issue.work().storyPoints() != null)
                        .as(project).hasSizeGreaterThan(10);
            }
            assertThat(issuesOf("APP")).filteredOn(issue -> issue.epicId() != null
                    && issue.work().storyPoints() == null).isNotEmpty();
        }

        @Test
        void givenQuarters_cycles_areTheCurrentActiveOneAndClosedGradedOnesBefore() {
            List<Cycle> cycles = okr.cycles().findAll();

            assertThat(cycles).extracting(Cycle::state)
                    .containsExactly(CycleState.CLOSED, CycleState.CLOSED, CycleState.ACTIVE);
            assertThat(cycles.get(2).contains(today)).isTrue();
            assertThat(cycles.get(1).end()).isEqualTo(cycles.get(2).start().minusDays(1));
            List<Objective> previous = okr.objectives().findByCycleIds(List.of(cycles.get(1).id()));
            assertThat(previous).isNotEmpty().allSatisfy(objective -> {
                assertThat(objective.state()).isEqualTo(ObjectiveState.CLOSED);
                assertThat(objective.grade()).isNotNull();
            });
            assertThat(previous).anySatisfy(objective -> assertThat(objective.grade().note()).isNotBlank());
        }

        @Test
        void givenObjectives_count_isAbout12AcrossCompanyAndTeamWithAlignment() {
            List<Objective> objectives = objectives();

            assertThat(objectives).hasSizeBetween(11, 14);
            assertThat(objectives).extracting(Objective::level).contains(ObjectiveLevel.COMPANY, ObjectiveLevel.TEAM);
            assertThat(objectives).filteredOn(objective -> objective.parentId() != null).hasSizeGreaterThan(4);
            assertThat(objectives).filteredOn(objective -> !objective.alignedKpis().isEmpty()).hasSizeGreaterThan(3);
            assertThat(objectives).extracting(Objective::project).contains(null, SampleProjects.SUP,
                    SampleProjects.APP, SampleProjects.WEB);
        }

        @Test
        void givenKeyResults_count_isAbout40CoveringEveryMeasureAndSource() {
            List<KeyResult> keyResults = keyResults();
            List<Measure> measures = keyResults.stream().map(KeyResult::measure).toList();

            assertThat(keyResults).hasSizeBetween(36, 44);
            assertThat(measures).extracting(Measure::type).containsAll(EnumSet.allOf(MeasureType.class));
            assertThat(keyResults).extracting(keyResult -> keyResult.source().getClass().getSimpleName())
                    .contains("Manual", "Kpi", "Jql");
            assertThat(measures.stream().filter(Measure.Issues.class::isInstance).map(Measure.Issues.class::cast)
                    .map(Measure.Issues::mode)).containsAll(EnumSet.allOf(IssuesMode.class));
            assertThat(measures.stream().filter(Measure.Issues.class::isInstance).map(Measure.Issues.class::cast)
                    .map(Measure.Issues::scope)).containsAll(EnumSet.allOf(IssuesScope.class));
            assertThat(measures.stream().filter(Measure.Threshold.class::isInstance)
                    .map(Measure.Threshold.class::cast).map(Measure.Threshold::judgement))
                    .containsAll(EnumSet.allOf(Judgement.class));
            assertThat(measures.stream().filter(Measure.Milestone.class::isInstance)
                    .map(Measure.Milestone.class::cast).map(milestone -> milestone.items().isEmpty()))
                    .contains(true, false);
            assertThat(okr.initiatives().countByKeyResultIds(keyResults.stream().map(KeyResult::id).toList()))
                    .isNotEmpty();
        }

        @Test
        void givenKpis_count_isAbout15CoveringEverySource() {
            List<Kpi> kpis = kpi.kpis().findAll();
            List<KpiSource> sources = kpis.stream().map(Kpi::source).toList();

            assertThat(kpis).hasSizeBetween(14, 18);
            assertThat(sources).extracting(KpiSource::kind).containsAll(EnumSet.allOf(KpiSourceKind.class));
            assertThat(sources.stream().filter(KpiSource.PerAgent.class::isInstance)
                    .map(source -> ((KpiSource.PerAgent) source).agents().getClass().getSimpleName()))
                    .contains("Group", "ProjectRole", "Assignees");
            assertThat(sources.stream().filter(KpiSource.Duration.class::isInstance)
                    .map(source -> ((KpiSource.Duration) source).statistic()))
                    .containsAll(EnumSet.allOf(DurationStatistic.class));
            assertThat(sources.stream().filter(KpiSource.Composite.class::isInstance)
                    .map(source -> ((KpiSource.Composite) source).aggregation()))
                    .containsAll(EnumSet.allOf(CompositeAggregation.class));
            assertThat(kpis).filteredOn(each -> each.parentId() != null).hasSizeGreaterThan(3);
            assertThat(kpis).extracting(Kpi::name).contains("Open tickets per agent", "First-contact resolution rate",
                    "Median resolution time", "Customer satisfaction (CSAT)", "Support quality index");
        }

        @Test
        void givenKpis_history_coversAtLeast90DaysFromTheRefreshJob() {
            Map<KpiId, List<KpiValue>> values = allValues();
            Instant ninetyDaysAgo = fixture.world().calendar().horizon().minus(Duration.ofDays(90));

            for (Kpi each : kpi.kpis().findAll()) {
                List<KpiValue> history = values.get(each.id());
                assertThat(history).as(each.name()).isNotNull();
                assertThat(history.get(0).at()).as(each.name()).isBeforeOrEqualTo(ninetyDaysAgo);
                assertThat(history.get(history.size() - 1).at()).as(each.name())
                        .isAfterOrEqualTo(fixture.world().calendar().horizon().minus(Duration.ofDays(7)));
                if (each.source().isRefreshed()) {
                    assertThat(history).as(each.name()).hasSizeGreaterThanOrEqualTo(91)
                            .noneMatch(KpiValue::isError);
                }
            }
        }
    }

    @Nested
    class HealthAndValues {

        @Test
        void givenLatestValues_health_isAMixOfGreenAmberAndRed() {
            Map<String, Health> health = latestHealth();

            assertThat(health.values()).contains(Health.GREEN, Health.AMBER,
                    Health.RED).doesNotContain(Health.UNKNOWN);
            assertThat(health).containsEntry("Unassigned tickets", Health.RED)
                    .containsEntry("Open tickets per agent", Health.RED)
                    .containsEntry("First-contact resolution rate", Health.AMBER)
                    .containsEntry("Customer satisfaction (CSAT)", Health.AMBER)
                    .containsEntry("Crash-free sessions", Health.GREEN);
        }

        @Test
        void givenPerAgentKpi_breakdown_matchesTheTicketStore() {
            Kpi openPerAgent = kpiNamed("Open tickets per agent");
            KpiValue latest = kpi.kpiValues().findLatest(List.of(openPerAgent.id())).get(openPerAgent.id());
            Instant at = latest.at();
            List<SampleIssue> open = issuesOf("SUP").stream()
                    .filter(issue -> issue.existsAt(at) && issue.statusAt(at) != StatusCategory.DONE).toList();
            Map<String, Long> perAgent = open.stream().filter(issue -> issue.assigneeAt(at).isPresent())
                    .collect(Collectors.groupingBy(issue -> issue.assigneeAt(at).orElseThrow(),
                            Collectors.counting()));

            assertThat(latest.value()).isEqualTo(open.size() / 8.0);
            assertThat(latest.breakdown()).hasSize(9);
            for (AgentRow row : latest.breakdown()) {
                long expected = row.isUnassigned()
                        ? open.stream().filter(issue -> issue.assigneeAt(at).isEmpty()).count()
                        : perAgent.getOrDefault(row.agent().value(), 0L);
                assertThat(row.count()).as(String.valueOf(row.agent())).isEqualTo(expected);
            }
            assertThat(latest.breakdown()).extracting(AgentRow::agent).filteredOn(Objects::nonNull)
                    .extracting(UserKey::value).containsExactlyElementsOf(fixture.world().people().agents());
            assertThat(latest.breakdown()).extracting(AgentRow::health)
                    .contains(Health.GREEN, Health.RED);
        }

        @Test
        void givenAutomaticKeyResults_refresh_recordedValuesWithoutErrors() {
            List<KeyResult> keyResults = keyResults();
            var statuses = kpi.keyResultStatuses().findByKeyResultIds(keyResults.stream().map(KeyResult::id)
                    .toList());

            assertThat(statuses).hasSizeGreaterThan(10);
            assertThat(statuses.values()).allSatisfy(status -> assertThat(status.error()).isNull());
        }
    }

    @Nested
    class InsightsFire {

        @Test
        void givenSample_insights_includeNeedsOkrBusinessAsUsualAndDataQuality() {
            List<Insight> insights = SampleInsights.of(fixture, SampleFixture.CLOCK);
            Map<InsightType, List<Insight>> byType = insights.stream()
                    .collect(Collectors.groupingBy(Insight::type));

            assertThat(byType.get(InsightType.KPI_NEEDS_OKR)).singleElement()
                    .satisfies(insight -> assertThat(insight.message()).contains("Unassigned tickets"));
            assertThat(byType.get(InsightType.BUSINESS_AS_USUAL)).singleElement()
                    .satisfies(insight -> assertThat(insight.message())
                            .contains("Keep first-contact resolution at 50% or more"));
            assertThat(byType.get(InsightType.TARGET_RAISED_WITHOUT_OKR)).hasSize(1);
            assertThat(byType).containsKeys(InsightType.NO_OWNER, InsightType.ISSUES_WITHOUT_LINKS,
                    InsightType.UNESTIMATED_ISSUES, InsightType.STALE_CHECK_IN);
        }
    }

    private List<SampleIssue> issuesOf(String project) {
        return fixture.world().tickets().store().all().stream()
                .filter(issue -> issue.project().value().equals(project)).toList();
    }

    private List<Objective> objectives() {
        return okr.objectives().findByCycleIds(okr.cycles().findAll().stream().map(Cycle::id).toList());
    }

    private List<KeyResult> keyResults() {
        return okr.keyResults().findByObjectiveIds(objectives().stream().map(Objective::id).toList());
    }

    private Map<KpiId, List<KpiValue>> allValues() {
        return kpi.kpiValues().findBetween(kpi.kpis().findAll().stream().map(Kpi::id).toList(), Instant.EPOCH,
                Instant.parse("2200-01-01T00:00:00Z"));
    }

    private Map<String, Health> latestHealth() {
        List<Kpi> kpis = kpi.kpis().findAll();
        Map<KpiId, KpiValue> latest = kpi.kpiValues().findLatest(kpis.stream().map(Kpi::id).toList());
        return kpis.stream().collect(Collectors.toMap(Kpi::name,
                each -> KpiHealth.of(each.bands(), latest.get(each.id()))));
    }

    private Kpi kpiNamed(String name) {
        return kpi.kpis().findAll().stream().filter(each -> each.name().equals(name)).findFirst().orElseThrow();
    }
}
