package dev.waypoint.refresh;

import static dev.waypoint.kpi.testdata.KpiTestData.ALICE;
import static dev.waypoint.kpi.testdata.KpiTestData.NOW;
import static dev.waypoint.kpi.testdata.KpiTestData.aKpi;
import static dev.waypoint.kpi.testdata.KpiTestData.agent;
import static dev.waypoint.kpi.testdata.KpiTestData.agents;
import static dev.waypoint.kpi.testdata.KpiTestData.composite;
import static dev.waypoint.kpi.testdata.KpiTestData.daysAgo;
import static dev.waypoint.kpi.testdata.KpiTestData.perAgentOfGroup;
import static dev.waypoint.kpi.testdata.KpiTestData.resolutionTime;
import static dev.waypoint.refresh.RefreshWorld.assignedTo;
import static dev.waypoint.refresh.RefreshWorld.resolved;
import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.kpi.AgentRow;
import dev.waypoint.kpi.AgentSelection;
import dev.waypoint.kpi.CompositeAggregation;
import dev.waypoint.kpi.CompositeChild;
import dev.waypoint.kpi.DurationStatistic;
import dev.waypoint.kpi.Health;
import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiDirection;
import dev.waypoint.kpi.KpiError;
import dev.waypoint.kpi.KpiErrorCode;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.kpi.KpiSource;
import dev.waypoint.kpi.KpiValue;
import dev.waypoint.kpi.Retention;
import dev.waypoint.kpi.search.Agent;
import dev.waypoint.kpi.search.Jql;
import dev.waypoint.shared.ProjectKey;
import dev.waypoint.shared.UserKey;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class KpiEvaluatorTest {

    private static final String OPEN = "project = SUP AND statusCategory != Done";

    private final RefreshWorld world = new RefreshWorld();

    private KpiValue evaluate(Kpi kpi) {
        return evaluate(kpi, Map.of());
    }

    private KpiValue evaluate(Kpi kpi, Map<KpiId, KpiValue> latest) {
        return world.evaluator().evaluate(kpi.withId(new KpiId(100)), NOW, latest, world.settings);
    }

    @Test
    void givenJqlCount_evaluate_countsOnceAsTheOwner() {
        world.search.count(OPEN, 17);

        KpiValue value = evaluate(aKpi().source(new KpiSource.JqlCount(OPEN)).build());

        assertThat(value.value()).isEqualTo(17);
        assertThat(value.at()).isEqualTo(NOW);
        assertThat(world.search.calls()).singleElement().satisfies(call -> {
            assertThat(call.jql()).isEqualTo(OPEN);
            assertThat(call.asUser()).isEqualTo(ALICE);
        });
    }

    @Test
    void givenRatio_evaluate_dividesTheTwoCountsWithTwoSearches() {
        world.search.count("resolution = FCR", 30).count("resolution is not EMPTY", 40);

        KpiValue value = evaluate(aKpi().source(new KpiSource.JqlRatio("resolution = FCR",
                "resolution is not EMPTY")).build());

        assertThat(value.value()).isEqualTo(0.75);
        assertThat(world.search.searches()).isEqualTo(2);
    }

    @Test
    void givenRatioWithZeroDenominator_evaluate_givesDenominatorZero() {
        KpiValue value = evaluate(aKpi().source(new KpiSource.JqlRatio("a = 1", "b = 2")).build());

        assertThat(value.error().code()).isEqualTo(KpiErrorCode.DENOMINATOR_ZERO);
        assertThat(value.value()).isNull();
    }

    @Test
    void givenInactiveOwner_evaluate_givesOwnerInactiveWithoutSearching() {
        world.users.deactivate(ALICE);

        KpiValue value = evaluate(aKpi().build());

        assertThat(value.error()).isEqualTo(new KpiError(KpiErrorCode.OWNER_INACTIVE, "alice"));
        assertThat(world.search.searches()).isZero();
    }

    @Test
    void givenOwnerWhoLostPermission_evaluate_givesSearchFailedWithJirasMessage() {
        world.search.failFor(ALICE, "The value 'SUP' does not exist for the field 'project'.");

        KpiValue value = evaluate(aKpi().build());

        assertThat(value.error()).isEqualTo(new KpiError(KpiErrorCode.SEARCH_FAILED,
                "The value 'SUP' does not exist for the field 'project'."));
    }

    @Nested
    class PerAgent {

        private final List<Agent> team = List.of(agent("carol"), agent("alan"), agent("bea"));

        @Test
        void givenGroup_evaluate_dividesTheTotalByTheAgentsWithARowPerAgentAndUnassigned() {
            world.users.group("support", team);
            world.search.count(OPEN, 90)
                    .count(Jql.assignedTo(OPEN, agent("alan")), 10)
                    .count(Jql.assignedTo(OPEN, agent("bea")), 25)
                    .count(Jql.assignedTo(OPEN, agent("carol")), 45)
                    .count(Jql.unassigned(OPEN), 10);
            Kpi kpi = aKpi().bands(KpiDirection.LOWER_IS_BETTER, 20, 30d)
                    .source(perAgentOfGroup(OPEN, "support")).build();

            KpiValue value = evaluate(kpi);

            assertThat(value.value()).isEqualTo(30);
            assertThat(value.breakdown()).containsExactly(
                    new AgentRow(new UserKey("alan"), 10, Health.GREEN),
                    new AgentRow(new UserKey("bea"), 25, Health.AMBER),
                    new AgentRow(new UserKey("carol"), 45, Health.RED),
                    AgentRow.unassigned(10, Health.GREEN));
            assertThat(world.search.searches()).isEqualTo(2 + team.size());
        }

        @Test
        void givenManyUnassignedTickets_evaluate_judgesTheUnassignedRowByTheKpisBandsLikeAnAgentsRow() {
            world.users.group("support", team);
            world.search.count(OPEN, 100)
                    .count(Jql.assignedTo(OPEN, agent("alan")), 5)
                    .count(Jql.assignedTo(OPEN, agent("bea")), 5)
                    .count(Jql.assignedTo(OPEN, agent("carol")), 5)
                    .count(Jql.unassigned(OPEN), 85);
            Kpi lowerIsBetter = aKpi().bands(KpiDirection.LOWER_IS_BETTER, 20, 30d)
                    .source(perAgentOfGroup(OPEN, "support")).build();

            assertThat(evaluate(lowerIsBetter).breakdown()).last()
                    .isEqualTo(AgentRow.unassigned(85, Health.RED));

            world.search.count(Jql.unassigned(OPEN), 25);
            assertThat(evaluate(lowerIsBetter).breakdown()).last()
                    .isEqualTo(AgentRow.unassigned(25, Health.AMBER));

            Kpi higherIsBetter = aKpi().bands(KpiDirection.HIGHER_IS_BETTER, 20, null)
                    .source(perAgentOfGroup(OPEN, "support")).build();
            assertThat(evaluate(higherIsBetter).breakdown()).last()
                    .isEqualTo(AgentRow.unassigned(25, Health.GREEN));
        }

        @Test
        void givenProjectRole_evaluate_takesTheRolesMembers() {
            ProjectKey sup = new ProjectKey("SUP");
            world.users.role(sup, "Service Desk Team", agents("agent", 4));
            world.search.count(OPEN, 10);

            KpiValue value = evaluate(aKpi().source(new KpiSource.PerAgent(OPEN,
                    new AgentSelection.ProjectRole(sup, "Service Desk Team"))).build());

            assertThat(value.value()).isEqualTo(2.5);
            assertThat(value.breakdown()).hasSize(5);
            assertThat(world.search.searches()).isEqualTo(2 + 4);
        }

        @Test
        void givenAssigneesOfTheResults_evaluate_discoversThemFromOneCappedSample() {
            world.settings = new RefreshSettings(60, RefreshSettings.DEFAULT_EPIC_CHILDREN_JQL, 200, 250, 1000,
                    Retention.DEFAULT);
            world.search.sample(Jql.assignedMostRecentFirst(OPEN), List.of(assignedTo(1, agent("bea")),
                            assignedTo(2, agent("alan")), assignedTo(3, agent("bea")), assignedTo(4, null)))
                    .count(OPEN, 12);

            KpiValue value = evaluate(aKpi().source(new KpiSource.PerAgent(OPEN, new AgentSelection.Assignees()))
                    .build());

            assertThat(value.value()).isEqualTo(6);
            assertThat(value.breakdown()).extracting(AgentRow::agent)
                    .containsExactly(new UserKey("alan"), new UserKey("bea"), null);
            assertThat(world.search.calls().get(0).limit()).isEqualTo(250);
            assertThat(world.search.searches()).isEqualTo(3 + 2);
        }

        @Test
        void givenMoreAgentsThanShown_evaluate_showsTheFirstByKeyButDividesByAll() {
            world.settings = new RefreshSettings(60, RefreshSettings.DEFAULT_EPIC_CHILDREN_JQL, 2, 1000, 1000,
                    Retention.DEFAULT);
            world.users.group("support", agents("agent", 5));
            world.search.count(OPEN, 50);

            KpiValue value = evaluate(aKpi().source(perAgentOfGroup(OPEN, "support")).build());

            assertThat(value.value()).isEqualTo(10);
            assertThat(value.breakdown()).extracting(AgentRow::agent)
                    .containsExactly(new UserKey("agent1"), new UserKey("agent2"), null);
            assertThat(world.search.searches()).isEqualTo(2 + 2);
        }

        @Test
        void givenUnknownOrEmptyGroup_evaluate_givesAnErrorWithoutSearching() {
            world.users.group("empty", List.of());

            KpiValue unknown = evaluate(aKpi().source(perAgentOfGroup(OPEN, "gone")).build());
            KpiValue empty = evaluate(aKpi().source(perAgentOfGroup(OPEN, "empty")).build());

            assertThat(unknown.error()).isEqualTo(new KpiError(KpiErrorCode.AGENTS_UNKNOWN, "group gone"));
            assertThat(empty.error().code()).isEqualTo(KpiErrorCode.NO_AGENTS);
            assertThat(world.search.searches()).isZero();
        }

        @Test
        void givenSearchFailingForOneAgent_evaluate_stopsAtThatSearchWithItsMessage() {
            world.users.group("support", team);
            world.search.failWhen(q -> q.endsWith(Jql.quote("alan")), "Search timed out");

            KpiValue value = evaluate(aKpi().source(perAgentOfGroup(OPEN, "support")).build());

            assertThat(value.error()).isEqualTo(new KpiError(KpiErrorCode.SEARCH_FAILED, "Search timed out"));
            assertThat(world.search.searches()).isEqualTo(2);
        }
    }

    @Nested
    class DurationSource {

        @Test
        void givenSample_evaluate_takesTheStatisticOfTheDurationsInSeconds() {
            KpiSource.Duration source = resolutionTime(DurationStatistic.MEDIAN);
            world.search.sample(Jql.durationSample(source.jql(), "created", "resolutiondate"), List.of(
                    resolved(1, daysAgo(2), daysAgo(1)),
                    resolved(2, daysAgo(2), daysAgo(2).plus(Duration.ofHours(2))),
                    resolved(3, daysAgo(3), null),
                    resolved(4, daysAgo(1), daysAgo(2)),
                    resolved(5, daysAgo(5), daysAgo(5).plus(Duration.ofHours(4)))));

            KpiValue value = evaluate(aKpi().source(source).build());

            assertThat(value.value()).isEqualTo(Duration.ofHours(4).toSeconds());
            assertThat(world.search.calls()).singleElement().satisfies(call ->
                    assertThat(call.limit()).isEqualTo(KpiSource.Duration.DEFAULT_SAMPLE_CAP));
        }

        @Test
        void givenNoIssueWithBothDates_evaluate_givesNoData() {
            KpiValue value = evaluate(aKpi().source(resolutionTime(DurationStatistic.MEAN)).build());

            assertThat(value.error().code()).isEqualTo(KpiErrorCode.NO_DATA);
        }
    }

    @Nested
    class Composite {

        private final KpiId a = new KpiId(1);
        private final KpiId b = new KpiId(2);
        private final Map<KpiId, KpiValue> latest = new HashMap<>(Map.of(
                a, KpiValue.of(a, NOW, 10), b, KpiValue.of(b, NOW, 40)));

        @Test
        void givenChildValues_evaluate_combinesThemWithoutSearching() {
            KpiValue sum = evaluate(aKpi().source(composite(CompositeAggregation.SUM, a, b)).build(), latest);
            KpiValue average = evaluate(aKpi().source(composite(CompositeAggregation.AVERAGE, a, b)).build(), latest);
            KpiValue weighted = evaluate(aKpi().source(new KpiSource.Composite(CompositeAggregation.WEIGHTED_AVERAGE,
                    List.of(new CompositeChild(a, 3), new CompositeChild(b, 1)))).build(), latest);

            assertThat(sum.value()).isEqualTo(50);
            assertThat(average.value()).isEqualTo(25);
            assertThat(weighted.value()).isEqualTo(17.5);
            assertThat(world.search.searches()).isZero();
        }

        @Test
        void givenChildWithoutValue_evaluate_givesChildWithoutValue() {
            latest.put(b, KpiValue.failed(b, NOW, KpiErrorCode.SEARCH_FAILED, "x"));

            KpiValue value = evaluate(aKpi().source(composite(CompositeAggregation.SUM, a, b)).build(), latest);

            assertThat(value.error()).isEqualTo(new KpiError(KpiErrorCode.CHILD_WITHOUT_VALUE, "2"));
        }

        @Test
        void givenInactiveOwner_evaluate_stillCombinesTheChildren() {
            world.users.deactivate(ALICE);

            KpiValue value = evaluate(aKpi().source(composite(CompositeAggregation.SUM, a)).build(), latest);

            assertThat(value.value()).isEqualTo(10);
        }
    }
}
