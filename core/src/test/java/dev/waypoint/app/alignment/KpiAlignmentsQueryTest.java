package dev.waypoint.app.alignment;

import static dev.waypoint.access.Role.COMPANY_GROUP_MEMBER;
import static dev.waypoint.access.Role.JIRA_ADMIN;
import static dev.waypoint.access.Role.OWNER;
import static dev.waypoint.access.Role.PROJECT_ADMIN;
import static dev.waypoint.access.Role.PROJECT_MEMBER;
import static dev.waypoint.kpi.testdata.KpiTestData.aKpi;
import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.access.Role;
import dev.waypoint.app.kpi.DrillDown;
import dev.waypoint.app.kpi.KpiUseCaseWorld;
import dev.waypoint.cycle.Cycle;
import dev.waypoint.cycle.CycleState;
import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.keyresult.ValueSource;
import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiSource;
import dev.waypoint.kpi.search.Jql;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveLevel;
import dev.waypoint.objective.ObjectiveState;
import dev.waypoint.progress.KeyResultStatus;
import dev.waypoint.shared.ProjectKey;
import dev.waypoint.shared.UserKey;
import dev.waypoint.testdata.OkrTestData;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The objectives aligned to a KPI with their progress, and those a viewer could align ({@link KpiAlignmentsQuery}). */
class KpiAlignmentsQueryTest {

    private final KpiUseCaseWorld world = new KpiUseCaseWorld();
    private Kpi revenue;
    private Cycle q1;
    private Objective team;
    private Objective company;
    private KeyResult jqlKeyResult;
    private KeyResult manualKeyResult;

    private static UserKey user(Role role) {
        return role.user().orElseThrow();
    }

    @BeforeEach
    void data() {
        revenue = world.store(aKpi().named("Revenue").global().ownedBy(user(COMPANY_GROUP_MEMBER))
                .source(new KpiSource.Manual()));
        q1 = world.store(OkrTestData.aCycle());
        Cycle closed = world.store(OkrTestData.aCycle().named("Q4 2025").from(LocalDate.of(2025, 10, 1))
                .to(LocalDate.of(2025, 12, 31)).inState(CycleState.CLOSED));
        team = world.store(OkrTestData.anObjective(q1.id()).titled("Faster support")
                .level(ObjectiveLevel.TEAM, Role.PROJECT).ownedBy(user(OWNER)).alignedKpis(revenue.id()));
        company = world.store(OkrTestData.anObjective(q1.id()).titled("Grow").company().ownedBy(user(JIRA_ADMIN))
                .alignedKpis(revenue.id()));
        world.store(OkrTestData.anObjective(q1.id()).titled("Ship the app").level(ObjectiveLevel.TEAM, Role.PROJECT)
                .ownedBy(user(OWNER)));
        world.store(OkrTestData.anObjective(q1.id()).titled("Abandoned").level(ObjectiveLevel.TEAM, Role.PROJECT)
                .ownedBy(user(OWNER)).inState(ObjectiveState.ABANDONED));
        world.store(OkrTestData.anObjective(closed.id()).titled("Last quarter").level(ObjectiveLevel.TEAM,
                Role.PROJECT).ownedBy(user(OWNER)));
        jqlKeyResult = world.keyResults.insert(OkrTestData.aKeyResult(team.id()).titled("Resolved tickets")
                .metric(0, 100).source(new ValueSource.Jql("resolved >= -30d")).build());
        manualKeyResult = world.keyResults.insert(OkrTestData.aKeyResult(team.id()).titled("CSAT")
                .metric(0, 10).build());
        world.checkIns.insert(OkrTestData.aCheckIn(manualKeyResult.id()).value(5).build());
        world.checkIns.insert(OkrTestData.aCheckIn(jqlKeyResult.id()).value(50).refreshed().build());
    }

    @Test
    void givenAProjectMember_alignments_scoreTheAlignedObjectivesAndLinkTheJqlKeyResultsQuery() {
        KpiAlignments alignments = world.as(PROJECT_MEMBER).alignments().of(revenue.id());

        assertThat(alignments.aligned()).extracting(a -> a.status().objective().title())
                .containsExactly("Faster support", "Grow");
        KpiAlignments.Aligned faster = alignments.aligned().get(0);
        assertThat(faster.cycle()).isEqualTo(q1);
        assertThat(faster.status().progress().clamped()).isEqualTo(0.5);
        assertThat(faster.status().keyResults()).noneMatch(KeyResultStatus::hidden);
        assertThat(faster.drillDown()).containsExactly(java.util.Map.entry(jqlKeyResult.id(),
                new DrillDown("keyResult", Jql.inProjects("resolved >= -30d", Set.of(Role.PROJECT)))));
        assertThat(faster.canUnalign()).isFalse();
        assertThat(alignments.alignable()).isEmpty();
    }

    @Test
    void givenTheObjectivesOwner_alignments_letThemUnalignItAndOfferTheirOpenObjectives() {
        KpiAlignments alignments = world.as(OWNER).alignments().of(revenue.id());

        assertThat(alignments.aligned()).extracting(KpiAlignments.Aligned::canUnalign).containsExactly(true, false);
        assertThat(alignments.alignable()).extracting(a -> a.objective().title()).containsExactly("Ship the app");
    }

    @Test
    void givenTheCompanyGroupMember_alignments_showOnlyTheCompanysObjective() {
        KpiAlignments alignments = world.as(COMPANY_GROUP_MEMBER).alignments().of(revenue.id());

        assertThat(alignments.aligned()).extracting(a -> a.status().objective().id()).containsExactly(company.id());
        assertThat(alignments.aligned().get(0).canUnalign()).isTrue();
        assertThat(alignments.alignable()).isEmpty();
    }

    @Test
    void givenAKeyResultOfAnotherProjectsQuery_alignments_hideItsNumbersAndQuery() {
        Objective other = world.store(OkrTestData.anObjective(q1.id()).titled("Elsewhere")
                .level(ObjectiveLevel.TEAM, new ProjectKey("OTHER")).ownedBy(user(JIRA_ADMIN))
                .alignedKpis(revenue.id()));
        world.keyResults.insert(OkrTestData.aKeyResult(company.id()).titled("Across projects").metric(0, 10)
                .source(new ValueSource.Jql("resolved >= -30d", Set.of(new ProjectKey("OTHER")))).build());

        KpiAlignments alignments = world.as(PROJECT_ADMIN).alignments().of(revenue.id());

        assertThat(alignments.aligned()).extracting(a -> a.status().objective().id())
                .doesNotContain(other.id());
        KpiAlignments.Aligned grow = alignments.aligned().stream()
                .filter(a -> a.status().objective().id().equals(company.id())).findFirst().orElseThrow();
        assertThat(grow.status().keyResults()).singleElement().matches(KeyResultStatus::hidden);
        assertThat(grow.drillDown()).isEmpty();
        assertThat(grow.status().keyResultsCounted()).isZero();
    }

    @Test
    void givenAKpiNobodyAligned_alignments_areEmptyButOfferTheOpenObjectives() {
        Kpi lonely = world.store(aKpi().named("Lonely").scope(Role.PROJECT).ownedBy(user(OWNER)));

        KpiAlignments alignments = world.as(JIRA_ADMIN).alignments().of(lonely.id());

        assertThat(alignments.aligned()).isEmpty();
        assertThat(alignments.alignable()).extracting(a -> a.objective().title())
                .containsExactly("Faster support", "Grow", "Ship the app");
        assertThat(List.copyOf(alignments.alignable())).allMatch(a -> a.cycle().equals(q1));
    }
}
