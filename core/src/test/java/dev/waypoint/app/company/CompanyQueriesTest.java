package dev.waypoint.app.company;


import dev.waypoint.access.AccessDeniedException;
import dev.waypoint.access.InMemoryAccessFacts;
import dev.waypoint.access.KpiPermissions;
import dev.waypoint.access.OkrPermissions;
import dev.waypoint.access.Permissions;
import dev.waypoint.app.company.inmemory.PortCompanyReadRepository;
import dev.waypoint.app.kpi.VisibleKpis;
import dev.waypoint.app.okr.Disclosure;
import dev.waypoint.app.okr.OkrAccess;
import dev.waypoint.cycle.Cycle;
import dev.waypoint.cycle.CycleState;
import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.keyresult.ValueSource;
import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.testdata.KpiTestData;
import dev.waypoint.objective.FinalGrade;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveLevel;
import dev.waypoint.scoring.GradeBand;
import dev.waypoint.scoring.PaceStatus;
import dev.waypoint.shared.NotFoundException;
import dev.waypoint.shared.ProjectKey;
import dev.waypoint.shared.UserKey;
import dev.waypoint.testdata.OkrTestData;
import dev.waypoint.testdata.OkrWorld;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import static dev.waypoint.testdata.OkrTestData.aCheckIn;
import static dev.waypoint.testdata.OkrTestData.aCycle;
import static dev.waypoint.testdata.OkrTestData.aKeyResult;
import static dev.waypoint.testdata.OkrTestData.anObjective;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The company page's read models on one world: a company objective with a team objective of SUP (with an individual
 * objective below it) and one of OPS, plus an unaligned team objective. Alice browses SUP only; the admin browses both.
 */
class CompanyQueriesTest {

    private static final ProjectKey SUP = OkrTestData.SUPPORT;
    private static final ProjectKey OPS = OkrTestData.OPERATIONS;

    private final OkrWorld world = new OkrWorld();
    private final InMemoryAccessFacts facts = new InMemoryAccessFacts().licensed("admin").jiraAdmin("admin")
            .browse("admin", "SUP", "OPS").licensed("alice").browse("alice", "SUP");
    private Optional<UserKey> viewer = Optional.of(new UserKey("admin"));
    private final Permissions permissions = new Permissions(facts);
    private final CompanyReading reading = new CompanyReading(world.cycles, new PortCompanyReadRepository(
            world.objectives, world.keyResults, world.checkIns),
            new OkrAccess(() -> viewer, new OkrPermissions(permissions), world.objectives, world.keyResults,
                    world.cycles),
            new Disclosure(() -> viewer, permissions, new VisibleKpis(world.kpis, new KpiPermissions(permissions)),
                    world.statuses),
            () -> dev.waypoint.scoring.ScoringSettings.defaults(),
            users -> Map.of(OkrTestData.ALICE, "Alice Liddell"), OkrTestData.CLOCK);
    private final CompanyPageQuery page = new CompanyPageQuery(reading);
    private final CompanyChildrenQuery children = new CompanyChildrenQuery(reading);
    private final CompanySearchQuery search = new CompanySearchQuery(reading);

    private final Cycle q1 = world.store(aCycle());
    private final Objective company = world.store(anObjective(q1.id()).titled("Grow").company());
    private final Objective support = world.store(anObjective(q1.id()).titled("Support").alignedTo(company.id()));
    private final Objective personal = world.store(anObjective(q1.id()).titled("Learn")
            .level(ObjectiveLevel.INDIVIDUAL, SUP).alignedTo(support.id()));
    private final Objective operations = world.store(anObjective(q1.id()).titled("Operations")
            .level(ObjectiveLevel.TEAM, OPS).alignedTo(company.id()));
    private final Objective unaligned = world.store(anObjective(q1.id()).titled("Tidy up"));

    CompanyQueriesTest() {
        keyResult(company, 0, 10, 5);        // 0.5
        keyResult(support, 0, 10, 10);       // 1.0
        keyResult(personal, 0, 10, 0);       // 0.0
        keyResult(operations, 0, 10, 2);     // 0.2
        keyResult(unaligned, 0, 10, 3);
    }

    private KeyResult keyResult(Objective objective, double baseline, double target, double value) {
        KeyResult keyResult = world.store(aKeyResult(objective.id()).metric(baseline, target));
        world.store(aCheckIn(keyResult.id()).value(value));
        return keyResult;
    }

    private CompanyNode only(List<CompanyNode> nodes, Objective objective) {
        return nodes.stream().filter(n -> n.objective().id().equals(objective.id())).findFirst().orElseThrow();
    }

    @Nested
    class FirstView {

        @Test
        void givenNoChoice_page_showsTheActiveCycleOfTodayWithTheCompanyLevelExpanded() {
            world.store(aCycle().named("Q4 2025").from(LocalDate.of(2025, 10, 1)).to(LocalDate.of(2025, 12, 31))
                    .inState(CycleState.CLOSED));

            CompanyPage shown = page.page(Optional.empty());

            assertThat(shown.cycle()).isEqualTo(q1);
            assertThat(shown.cycles()).hasSize(2);
            assertThat(shown.roots()).extracting(n -> n.objective().title()).containsExactly("Grow");
            CompanyNode grow = shown.roots().get(0);
            assertThat(grow.children()).extracting(n -> n.objective().title()).containsExactly("Operations",
                    "Support"); // by level, then project
            assertThat(grow.childCount()).isEqualTo(2);
            assertThat(only(grow.children(), support).childCount()).isEqualTo(1);
            assertThat(only(grow.children(), support).children()).isEmpty();
            assertThat(shown.unaligned()).isEqualTo(1);
            assertThat(shown.projects()).containsExactly(OPS, SUP);
            assertThat(shown.canManageCompany()).isTrue();
            assertThat(shown.canManageCycles()).isTrue();
            assertThat(grow.ownerName()).isEqualTo("Alice Liddell");
        }

        @Test
        void givenAnAdmin_page_rollsUpEverythingBelowWithTheSameFormulaAsGrading() {
            CompanyNode grow = page.page(Optional.of(q1.id())).roots().get(0);

            // Support = mean(1.0, Learn 0.0) = 0.5; Grow = mean(0.5 own, Support 0.5, Operations 0.2) = 0.4
            assertThat(only(grow.children(), support).progress().clamped()).isCloseTo(0.5, within());
            assertThat(grow.progress().clamped()).isCloseTo(0.4, within());
            assertThat(grow.keyResultsCounted()).isEqualTo(4);
            assertThat(grow.keyResultsTotal()).isEqualTo(4);
            assertThat(grow.progress().clamped()).isCloseTo(world.closingService().preview(q1.id())
                    .suggestedGrade(company.id()), within());
            assertThat(grow.pace()).isEqualTo(PaceStatus.AT_RISK);
            assertThat(grow.canEdit()).isTrue();
        }

        @Test
        void givenAViewerWhoCannotBrowseOps_page_hidesItAndComputesOverWhatTheyMaySeeAndSaysSo() {
            viewer = Optional.of(OkrTestData.ALICE);

            CompanyPage shown = page.page(Optional.of(q1.id()));

            CompanyNode grow = shown.roots().get(0);
            assertThat(grow.children()).extracting(n -> n.objective().title()).containsExactly("Support");
            assertThat(grow.childCount()).isEqualTo(1);
            assertThat(grow.progress().clamped()).isCloseTo(0.5, within());
            assertThat(grow.keyResultsCounted()).isEqualTo(3);
            assertThat(grow.keyResultsTotal()).as("Operations' key result is not even counted").isEqualTo(3);
            assertThat(shown.projects()).containsExactly(SUP);
            assertThat(grow.canEdit()).isFalse();
            assertThat(only(grow.children(), support).canEdit()).isTrue(); // Alice owns it
            assertThat(shown.canManageCompany()).isFalse();
        }

        @Test
        void givenCompanyKeyResultBoundToAKpiOfOps_viewerWhoCannotBrowseOps_getsNoNumberFromIt() {
            Kpi opsKpi = world.kpis.insert(KpiTestData.aKpi().scope(OPS).build());
            KeyResult bound = world.store(aKeyResult(company.id()).metric(0, 10)
                    .source(new ValueSource.Kpi(opsKpi.id())));
            world.store(aCheckIn(bound.id()).value(10));
            viewer = Optional.of(OkrTestData.ALICE);

            CompanyNode grow = page.page(Optional.of(q1.id())).roots().get(0);

            // Grow = mean(0.5 own manual, Support 0.5); the KPI-bound key result at 1.0 counts for nothing
            assertThat(grow.progress().clamped()).isCloseTo(0.5, within());
            assertThat(grow.keyResultsCounted()).isEqualTo(3);
            assertThat(grow.keyResultsTotal()).as("the bound one shows without numbers").isEqualTo(4);
            viewer = Optional.of(new UserKey("admin"));
            assertThat(page.page(Optional.of(q1.id())).roots().get(0).keyResultsCounted()).isEqualTo(5);
        }

        @Test
        void givenAClosedCycle_page_showsGradesWithTheirBandAndNoPaceNorAction() {
            Cycle closed = world.store(aCycle().named("Q4 2025").from(LocalDate.of(2025, 10, 1))
                    .to(LocalDate.of(2025, 12, 31)).inState(CycleState.CLOSED));
            world.store(anObjective(closed.id()).titled("Old").company().inState(
                    dev.waypoint.objective.ObjectiveState.CLOSED).graded(new FinalGrade(0.55, "Market shifted")));

            CompanyPage shown = page.page(Optional.of(closed.id()));

            CompanyNode old = shown.roots().get(0);
            assertThat(old.pace()).isNull();
            assertThat(old.grade()).isEqualTo(new FinalGrade(0.55, "Market shifted"));
            assertThat(old.band()).isEqualTo(GradeBand.YELLOW);
            assertThat(old.canEdit()).isFalse();
            assertThat(shown.canManageCycles()).isFalse();
        }

        @Test
        void givenNobodyOrAnUnknownCycle_page_isRefused() {
            assertThatThrownBy(() -> page.page(Optional.of(new dev.waypoint.cycle.CycleId(999))))
                    .isInstanceOf(NotFoundException.class);
            viewer = Optional.empty();
            assertThatThrownBy(() -> page.page(Optional.empty())).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Nested
    class Expanding {

        @Test
        void givenANode_children_haveTheSameNumbersAsInTheWholeCycle() {
            List<CompanyNode> whole = page.page(Optional.of(q1.id())).roots().get(0).children();

            List<CompanyNode> expanded = children.children(q1.id(), Optional.of(company.id()));

            assertThat(expanded).isEqualTo(whole);
            assertThat(children.children(q1.id(), Optional.of(support.id())))
                    .extracting(n -> n.objective().title()).containsExactly("Learn");
        }

        @Test
        void givenNoParent_children_areTheUnalignedTopLevelObjectives() {
            assertThat(children.children(q1.id(), Optional.empty())).extracting(n -> n.objective().title())
                    .containsExactly("Tidy up");
        }

        @Test
        void givenAParentTheViewerMayNotSeeOrOfAnotherCycle_children_answerNotFound() {
            viewer = Optional.of(OkrTestData.ALICE);
            Cycle q2 = world.store(aCycle().named("Q2 2026").from(LocalDate.of(2026, 4, 1))
                    .to(LocalDate.of(2026, 6, 30)));

            assertThatThrownBy(() -> children.children(q1.id(), Optional.of(operations.id())))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> children.children(q2.id(), Optional.of(support.id())))
                    .isInstanceOf(NotFoundException.class);
        }
    }

    @Nested
    class Searching {

        @Test
        void givenATitlePart_search_findsItInTreeOrderWithThePathAbove() {
            CompanySearchResult found = search.search(q1.id(), new CompanyFilter(" lEaRn ", null, null, null, null));

            assertThat(found.total()).isEqualTo(1);
            assertThat(found.matches().get(0).node().objective()).isEqualTo(personal);
            assertThat(found.matches().get(0).path()).containsExactly("Grow", "Support");
        }

        @Test
        void givenProjectLevelAndPace_search_combinesThem() {
            assertThat(search.search(q1.id(), new CompanyFilter(null, SUP, ObjectiveLevel.TEAM, null, null))
                    .matches()).extracting(m -> m.node().objective().title()).containsExactly("Support", "Tidy up");
            assertThat(search.search(q1.id(), new CompanyFilter(null, null, null, PaceStatus.DONE, null)).total())
                    .isZero();
            assertThat(search.search(q1.id(), new CompanyFilter(null, null, null, PaceStatus.OFF_TRACK, null))
                    .matches()).extracting(m -> m.node().objective().title())
                    .contains("Learn", "Operations").doesNotContain("Support");
        }

        @Test
        void givenAViewerWhoCannotBrowseOps_search_neverFindsItsObjectives() {
            viewer = Optional.of(OkrTestData.ALICE);

            assertThat(search.search(q1.id(), new CompanyFilter("Operations", null, null, null, null)).total())
                    .isZero();
        }
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-9);
    }
}
