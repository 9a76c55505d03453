package dev.waypoint.app.alignment;

import static dev.waypoint.access.Role.COMPANY_GROUP_MEMBER;
import static dev.waypoint.access.Role.JIRA_ADMIN;
import static dev.waypoint.access.Role.LICENSED_WITHOUT_BROWSE;
import static dev.waypoint.access.Role.OWNER;
import static dev.waypoint.access.Role.PROJECT_ADMIN;
import static dev.waypoint.access.Role.PROJECT_MEMBER;
import static dev.waypoint.kpi.testdata.KpiTestData.aKpi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.waypoint.access.AccessDeniedException;
import dev.waypoint.access.Role;
import dev.waypoint.app.kpi.KpiUseCaseWorld;
import dev.waypoint.cycle.Cycle;
import dev.waypoint.cycle.CycleState;
import dev.waypoint.kpi.CompositeAggregation;
import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiCard;
import dev.waypoint.kpi.KpiSource;
import dev.waypoint.kpi.KpiValue;
import dev.waypoint.kpi.testdata.KpiTestData;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveLevel;
import dev.waypoint.shared.ConflictException;
import dev.waypoint.shared.NotFoundException;
import dev.waypoint.shared.UserKey;
import dev.waypoint.testdata.OkrTestData;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Objectives aligned to KPIs: both sides must be visible (else "not found"), whoever may change the objective aligns
 * and removes, lists hold only what the viewer may see (a global composite of project KPIs included).
 */
class AlignmentUseCasesTest {

    private final KpiUseCaseWorld world = new KpiUseCaseWorld();
    private Cycle cycle;
    private Objective team;
    private Objective company;
    private Kpi teamKpi;
    private Kpi globalKpi;
    private Kpi composite;

    private static UserKey user(Role role) {
        return role.user().orElseThrow();
    }

    @BeforeEach
    void data() {
        cycle = world.store(OkrTestData.aCycle());
        teamKpi = world.store(aKpi().scope(Role.PROJECT).ownedBy(user(OWNER)));
        globalKpi = world.store(aKpi().global().ownedBy(user(COMPANY_GROUP_MEMBER)).source(new KpiSource.Manual()));
        composite = world.store(aKpi().global().ownedBy(user(JIRA_ADMIN))
                .source(KpiTestData.composite(CompositeAggregation.SUM, teamKpi.id())));
        world.store(KpiValue.of(composite.id(), KpiTestData.daysAgo(1), 34.5));
        team = world.store(OkrTestData.anObjective(cycle.id()).level(ObjectiveLevel.TEAM, Role.PROJECT)
                .ownedBy(user(OWNER)).alignedKpis(teamKpi.id()));
        company = world.store(OkrTestData.anObjective(cycle.id()).company().ownedBy(user(JIRA_ADMIN))
                .alignedKpis(globalKpi.id(), composite.id()));
    }

    @Test
    void givenCompanyObjectiveAlignedToAGlobalCompositeOfTeamKpis_outsiderListingItsKpis_seesOnlyTheOthers() {
        assertThat(world.as(COMPANY_GROUP_MEMBER).alignedKpis().kpisOf(company.id())).extracting(KpiCard::kpi)
                .containsExactly(globalKpi);
        assertThat(world.as(PROJECT_MEMBER).alignedKpis().kpisOf(company.id())).extracting(KpiCard::kpi)
                .containsExactly(globalKpi, composite);
    }

    @Test
    void givenKpiAlignedToObjectivesOfSeveralScopes_listingItsObjectives_answersTheVisibleOnes() {
        world.as(JIRA_ADMIN).aligning().align(team.id(), globalKpi.id());

        assertThat(world.as(COMPANY_GROUP_MEMBER).alignedObjectives().objectivesOf(globalKpi.id()))
                .extracting(Objective::id).containsExactly(company.id());
        assertThat(world.as(OWNER).alignedObjectives().objectivesOf(globalKpi.id()))
                .extracting(Objective::id).containsExactly(team.id(), company.id());
    }

    @Test
    void givenProjectAdmin_aligningTheTeamObjectiveAndRemovingIt_changesTheObjective() {
        world.as(PROJECT_ADMIN).aligning().align(team.id(), globalKpi.id());
        Objective aligned = world.kpi.objectives.findById(team.id()).orElseThrow();
        world.removingAlignment().remove(team.id(), teamKpi.id());

        assertThat(aligned.alignedKpis()).containsExactlyInAnyOrder(teamKpi.id(), globalKpi.id());
        assertThat(world.kpi.objectives.findById(team.id()).orElseThrow().alignedKpis())
                .containsExactly(globalKpi.id());
    }

    @Test
    void givenAlignedObjectivesInSeveralCycles_chartingTheKpi_marksTheOverlappingCyclesOfVisibleOnes() {
        Cycle before = world.store(OkrTestData.aCycle().named("Q4 2025")
                .from(LocalDate.of(2025, 10, 1)).to(LocalDate.of(2025, 12, 31)));
        Cycle longAgo = world.store(OkrTestData.aCycle().named("Q2 2025")
                .from(LocalDate.of(2025, 4, 1)).to(LocalDate.of(2025, 6, 30)));
        Objective teamBefore = world.store(OkrTestData.anObjective(before.id()).level(ObjectiveLevel.TEAM, Role.PROJECT)
                .ownedBy(user(OWNER)).alignedKpis(globalKpi.id()));
        world.store(OkrTestData.anObjective(longAgo.id()).company().ownedBy(user(JIRA_ADMIN))
                .alignedKpis(globalKpi.id()));

        MarkedTrend owners = world.as(OWNER).markedTrend().trend(globalKpi.id(), 90);
        MarkedTrend outsiders = world.as(COMPANY_GROUP_MEMBER).markedTrend().trend(globalKpi.id(), 90);

        assertThat(owners.chart().card().kpi()).isEqualTo(globalKpi);
        assertThat(owners.cycles()).extracting(m -> m.cycle().name()).containsExactly("Q4 2025", "Q1 2026");
        assertThat(owners.cycles().get(0).objectives()).containsExactly(teamBefore);
        assertThat(owners.cycles().get(1).objectives()).containsExactly(company);
        assertThat(outsiders.cycles()).extracting(m -> m.cycle().name()).containsExactly("Q1 2026");
    }

    @Test
    void givenKpiTheViewerMayNotSee_chartingIt_answersNotFoundEvenThoughAVisibleObjectiveIsAligned() {
        world.as(JIRA_ADMIN).aligning().align(company.id(), teamKpi.id());

        assertThat(catchThrowableOfType(NotFoundException.class,
                () -> world.as(COMPANY_GROUP_MEMBER).markedTrend().trend(teamKpi.id(), 90))).isNotNull();
    }

    @Test
    void givenMemberWhoMayNotChangeTheObjective_aligning_isRefused() {
        AccessDeniedException e = catchThrowableOfType(AccessDeniedException.class,
                () -> world.as(PROJECT_MEMBER).aligning().align(team.id(), globalKpi.id()));

        assertThat(e).isNotNull();
        assertThat(world.kpi.objectives.findById(team.id()).orElseThrow().alignedKpis())
                .containsExactly(teamKpi.id());
    }

    @Test
    void givenCompanyManagerWhoMayNotSeeTheKpi_aligningTheCompanyObjectiveToIt_answersNotFound() {
        NotFoundException e = catchThrowableOfType(NotFoundException.class,
                () -> world.as(COMPANY_GROUP_MEMBER).aligning().align(company.id(), teamKpi.id()));

        assertThat(e).isNotNull();
    }

    @Test
    void givenOutsider_listingTheKpisOfATeamObjective_answersNotFound() {
        assertThat(catchThrowableOfType(NotFoundException.class,
                () -> world.as(LICENSED_WITHOUT_BROWSE).alignedKpis().kpisOf(team.id()))).isNotNull();
    }

    @Test
    void givenObjectiveOfAClosedCycle_aligning_isAConflictLikeEveryChangeOfIt() {
        Cycle closed = world.store(OkrTestData.aCycle().named("Q4 2025").inState(CycleState.CLOSED));
        Objective old = world.store(OkrTestData.anObjective(closed.id()).level(ObjectiveLevel.TEAM, Role.PROJECT)
                .ownedBy(user(OWNER)));

        ConflictException e = catchThrowableOfType(ConflictException.class,
                () -> world.as(OWNER).aligning().align(old.id(), teamKpi.id()));

        assertThat(e).isNotNull();
        assertThat(world.kpi.objectives.findById(old.id()).orElseThrow().alignedKpis()).isEmpty();
    }
}
