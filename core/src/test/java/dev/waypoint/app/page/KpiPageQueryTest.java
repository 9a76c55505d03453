package dev.waypoint.app.page;

import static dev.waypoint.access.Role.COMPANY_GROUP_MEMBER;
import static dev.waypoint.access.Role.JIRA_ADMIN;
import static dev.waypoint.access.Role.LICENSED_WITHOUT_BROWSE;
import static dev.waypoint.access.Role.OWNER;
import static dev.waypoint.access.Role.PROJECT_ADMIN;
import static dev.waypoint.access.Role.PROJECT_MEMBER;
import static dev.waypoint.kpi.testdata.KpiTestData.aKpi;
import static dev.waypoint.kpi.testdata.KpiTestData.daysAgo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.tuple;

import dev.waypoint.access.Role;
import dev.waypoint.app.dashboard.AgentWorkload;
import dev.waypoint.app.kpi.DrillDown;
import dev.waypoint.app.kpi.KpiUseCaseWorld;
import dev.waypoint.cycle.Cycle;
import dev.waypoint.cycle.CycleId;
import dev.waypoint.cycle.CycleState;
import dev.waypoint.insight.InsightType;
import dev.waypoint.kpi.AgentRow;
import dev.waypoint.kpi.AgentSelection;
import dev.waypoint.kpi.CompositeAggregation;
import dev.waypoint.kpi.CompositeChild;
import dev.waypoint.kpi.Health;
import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiCard;
import dev.waypoint.kpi.KpiDirection;
import dev.waypoint.kpi.KpiSource;
import dev.waypoint.kpi.KpiValue;
import dev.waypoint.kpi.search.Jql;
import dev.waypoint.kpi.testdata.KpiTestData;
import dev.waypoint.shared.FieldError;
import dev.waypoint.shared.InvalidInputException;
import dev.waypoint.shared.NotFoundException;
import dev.waypoint.shared.UserKey;
import dev.waypoint.testdata.OkrTestData;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A KPI's page ({@link KpiPageQuery}): period, drill-down, per-agent rows, KPI tree, insights and who sees what. */
class KpiPageQueryTest {

    private static final String OPEN = "project = TEAM AND statusCategory != Done";

    private final KpiUseCaseWorld world = new KpiUseCaseWorld();
    private Kpi perAgent;
    private Kpi csat;

    private static UserKey user(Role role) {
        return role.user().orElseThrow();
    }

    @BeforeEach
    void data() {
        perAgent = world.store(aKpi().named("Open tickets per agent").scope(Role.PROJECT).ownedBy(user(OWNER))
                .bands(KpiDirection.LOWER_IS_BETTER, 10, 14d)
                .source(new KpiSource.PerAgent(OPEN, new AgentSelection.Group("support"))));
        csat = world.store(aKpi().named("CSAT").scope(Role.PROJECT).ownedBy(user(OWNER))
                .bands(KpiDirection.HIGHER_IS_BETTER, 0.9, 0.85).source(new KpiSource.Manual()));
        for (int day = 200; day >= 1; day--) {
            world.store(KpiValue.of(perAgent.id(), daysAgo(day), 8 + day % 5));
        }
        world.store(KpiValue.withBreakdown(perAgent.id(), daysAgo(0.5), 12, List.of(
                new AgentRow(new UserKey("bea"), 9, Health.GREEN), new AgentRow(new UserKey("alan"), 16, Health.RED),
                AgentRow.unassigned(20, Health.RED))));
        world.displayNames.put(user(OWNER), "Olga Owner");
    }

    @Test
    void givenNoPeriod_page_showsTheLast90DaysOfValuesWithTheOwnersNameAndTheQueryBehindTheValue() {
        KpiPage page = world.as(PROJECT_MEMBER).page().page(perAgent.id(), null, null);

        assertThat(page.period().days()).isEqualTo(KpiPageQuery.DEFAULT_DAYS);
        assertThat(page.period().to()).isEqualTo(LocalDate.of(2026, 2, 15));
        assertThat(page.card().history()).hasSize(90).allMatch(v -> !v.at().isBefore(
                page.period().from().atStartOfDay(ZoneOffset.UTC).toInstant()));
        assertThat(page.card().latest().value()).isEqualTo(12);
        assertThat(page.card().health()).isEqualTo(Health.AMBER);
        assertThat(page.ownerName()).isEqualTo("Olga Owner");
        assertThat(page.drillDown()).containsExactly(new DrillDown("source.jql", OPEN));
        assertThat(page.canManage()).isFalse();
        assertThat(page.canChangeJql()).isFalse();
    }

    @Test
    void givenAPerAgentKpi_page_listsItsAgentsWithTheirHealthAndQueryAndTheUnassignedRowLast() {
        KpiPage page = world.as(OWNER).page().page(perAgent.id(), 30, null);

        assertThat(page.agents()).extracting(AgentWorkload.AgentLine::count, AgentWorkload.AgentLine::health)
                .containsExactly(tuple(16L, Health.RED),
                        tuple(9L, Health.GREEN),
                        tuple(20L, Health.RED));
        AgentWorkload.AgentLine unassigned = page.agents().get(2);
        assertThat(unassigned.unassigned()).isTrue();
        assertThat(unassigned.issuesJql()).isEqualTo(Jql.unassigned(OPEN));
        assertThat(page.card().history()).hasSize(30);
        assertThat(page.canManage()).isTrue();
        assertThat(page.canChangeJql()).isTrue();
    }

    @Test
    void givenACycle_page_showsItsDaysUpToToday() {
        Cycle q1 = world.store(OkrTestData.aCycle());
        world.store(OkrTestData.aCycle().named("Q4 2025").from(LocalDate.of(2025, 10, 1))
                .to(LocalDate.of(2025, 12, 31)).inState(CycleState.CLOSED));

        KpiPage page = world.as(PROJECT_MEMBER).page().page(perAgent.id(), null, q1.id());

        assertThat(page.period().from()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(page.period().to()).isEqualTo(LocalDate.of(2026, 2, 15));
        assertThat(page.period().cycle()).isEqualTo(q1);
        assertThat(page.card().history()).extracting(v -> v.at().toString().substring(0, 10))
                .allMatch(day -> day.compareTo("2026-01-01") >= 0);
        assertThat(page.cycles()).extracting(Cycle::name).containsExactly("Q1 2026", "Q4 2025");
    }

    @Test
    void givenBothDaysAndACycleOrAnUnknownCycle_page_isRefused() {
        Cycle q1 = world.store(OkrTestData.aCycle());
        world.as(PROJECT_MEMBER);

        InvalidInputException both = catchThrowableOfType(InvalidInputException.class,
                () -> world.page().page(perAgent.id(), 30, q1.id()));
        InvalidInputException tooMany = catchThrowableOfType(InvalidInputException.class,
                () -> world.page().page(perAgent.id(), 400, null));
        NotFoundException unknown = catchThrowableOfType(NotFoundException.class,
                () -> world.page().page(perAgent.id(), null, new CycleId(999)));

        assertThat(both.errors()).extracting(FieldError::field).containsExactly("days");
        assertThat(tooMany.errors()).extracting(FieldError::field).containsExactly("days");
        assertThat(unknown).isNotNull();
    }

    @Test
    void givenViewersWhoMayNotBrowseTheProject_page_answersAsIfTheKpiDidNotExist() {
        for (Role role : List.of(LICENSED_WITHOUT_BROWSE, COMPANY_GROUP_MEMBER)) {
            assertThat(catchThrowableOfType(NotFoundException.class,
                    () -> world.as(role).page().page(perAgent.id(), null, null))).as(role.name()).isNotNull();
        }
    }

    @Nested
    class Tree {

        private Kpi quality;
        private Kpi experience;

        @BeforeEach
        void tree() {
            Kpi firstContact = world.store(aKpi().named("First contact").scope(Role.PROJECT).ownedBy(user(OWNER))
                    .bands(KpiDirection.HIGHER_IS_BETTER, 0.55, 0.45).source(new KpiSource.Manual()));
            experience = world.store(aKpi().named("Experience").global().ownedBy(user(JIRA_ADMIN))
                    .bands(KpiDirection.HIGHER_IS_BETTER, 0.9, null)
                    .source(KpiTestData.composite(CompositeAggregation.SUM, csat.id())));
            quality = world.store(aKpi().named("Quality").scope(Role.PROJECT).ownedBy(user(OWNER))
                    .parent(experience.id()).bands(KpiDirection.HIGHER_IS_BETTER, 0.75, 0.65)
                    .source(new KpiSource.Composite(CompositeAggregation.WEIGHTED_AVERAGE, List.of(
                            new CompositeChild(firstContact.id(), 1), new CompositeChild(csat.id(), 2)))));
            world.kpi.kpis.update(withParent(firstContact, quality));
            world.store(KpiValue.of(firstContact.id(), daysAgo(1), 0.6));
            world.store(KpiValue.of(csat.id(), daysAgo(1), 0.9));
        }

        private Kpi withParent(Kpi kpi, Kpi parent) {
            return new Kpi(kpi.id(), kpi.name(), kpi.description(), kpi.unit(), kpi.format(), kpi.direction(),
                    kpi.target(), kpi.warning(), kpi.owner(), kpi.project(), parent.id(), kpi.refreshMinutes(),
                    kpi.source(), kpi.version());
        }

        @Test
        void givenAWeightedComposite_page_showsItsParentChildrenAndWhatEachInputAdds() {
            KpiPage.Tree tree = world.as(PROJECT_MEMBER).page().page(quality.id(), null, null).tree();

            assertThat(tree.parent().kpi().name()).isEqualTo("Experience");
            assertThat(tree.children()).extracting(card -> card.kpi().name()).containsExactly("First contact");
            assertThat(tree.aggregation()).isEqualTo(CompositeAggregation.WEIGHTED_AVERAGE);
            assertThat(tree.inputs()).extracting(input -> input.card().kpi().name(), KpiPage.Input::weight)
                    .containsExactly(tuple("First contact", 1d),
                            tuple("CSAT", 2d));
            assertThat(tree.inputs().get(0).contribution()).isCloseTo(0.2, offset(1e-9));
            assertThat(tree.inputs().get(1).contribution()).isCloseTo(0.6, offset(1e-9));
        }

        @Test
        void givenAnInputWithoutValue_page_showsNoContributions() {
            world.kpi.values.deleteByKpiId(csat.id());

            KpiPage.Tree tree = world.as(PROJECT_MEMBER).page().page(quality.id(), null, null).tree();

            assertThat(tree.inputs()).extracting(KpiPage.Input::contribution).containsOnlyNulls();
            assertThat(tree.inputs().get(1).card().latest()).isNull();
        }

        @Test
        void givenAKpiWithoutTree_page_showsAnEmptyTree() {
            KpiPage.Tree tree = world.as(PROJECT_MEMBER).page().page(perAgent.id(), null, null).tree();

            assertThat(tree.parent()).isNull();
            assertThat(tree.children()).isEmpty();
            assertThat(tree.aggregation()).isNull();
            assertThat(tree.inputs()).isEmpty();
        }
    }

    @Test
    void givenAKpiRedForAWeekWithoutAnOkr_page_showsItsOwnInsightAndNotTheOthersKpis() {
        Kpi backlog = world.store(aKpi().named("Backlog").scope(Role.PROJECT).ownedBy(user(OWNER))
                .bands(KpiDirection.LOWER_IS_BETTER, 10, null));
        for (int day = 20; day >= 1; day--) {
            world.store(KpiValue.of(backlog.id(), daysAgo(day), 30));
            world.store(KpiValue.of(csat.id(), daysAgo(day), 0.5));
        }

        KpiPage page = world.as(PROJECT_ADMIN).page().page(backlog.id(), null, null);

        assertThat(page.insights()).singleElement().satisfies(insight -> {
            assertThat(insight.type()).isEqualTo(InsightType.KPI_NEEDS_OKR);
            assertThat(insight.kpis()).containsExactly(backlog.id());
        });
    }

    @Test
    void givenManyMoreKpis_page_readsValuesAFixedNumberOfTimes() {
        world.as(PROJECT_MEMBER).page().page(perAgent.id(), 365, null);
        int few = world.kpi.values.calls("findBetween");
        for (int i = 0; i < 50; i++) {
            world.store(aKpi().named("More " + i).scope(Role.PROJECT).ownedBy(user(OWNER)));
        }

        world.page().page(perAgent.id(), 365, null);

        assertThat(world.kpi.values.calls("findBetween") - few).isEqualTo(few);
    }

    @Test
    void givenTheCard_historyAndLatest_comeFromStoredValuesOnly() {
        world.as(PROJECT_MEMBER).page().page(perAgent.id(), 365, null);

        assertThat(world.kpi.search.calls()).isEmpty();
        KpiCard card = world.page().page(perAgent.id(), 365, null).card();
        assertThat(card.history()).hasSize(201);
        assertThat(card.trend().week()).isNotNull();
    }
}
