package dev.waypoint.app.kpi;

import static dev.waypoint.access.Role.COMPANY_GROUP_MEMBER;
import static dev.waypoint.access.Role.JIRA_ADMIN;
import static dev.waypoint.access.Role.LICENSED_WITHOUT_BROWSE;
import static dev.waypoint.access.Role.OWNER;
import static dev.waypoint.access.Role.PROJECT_ADMIN;
import static dev.waypoint.access.Role.PROJECT_MEMBER;
import static dev.waypoint.kpi.testdata.KpiTestData.aKpi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import dev.waypoint.access.AccessDeniedException;
import dev.waypoint.access.AccessMessages;
import dev.waypoint.access.Role;
import dev.waypoint.kpi.CompositeAggregation;
import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.kpi.KpiSource;
import dev.waypoint.kpi.testdata.KpiDefinitionBuilder;
import dev.waypoint.kpi.testdata.KpiTestData;
import dev.waypoint.shared.ConflictException;
import dev.waypoint.shared.FieldError;
import dev.waypoint.shared.InvalidInputException;
import dev.waypoint.shared.NotFoundException;
import dev.waypoint.shared.ProjectKey;
import dev.waypoint.shared.UserKey;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The rules of creating, changing and deleting KPIs ({@link CreatingKpi}, {@link ChangingKpi}, {@link DeletingKpi}). */
class KpiWritesTest {

    private static final ProjectKey TEAM = Role.PROJECT;
    private static final ProjectKey OTHER = new ProjectKey("OTHER");

    private final KpiUseCaseWorld world = new KpiUseCaseWorld();

    private static UserKey user(Role role) {
        return role.user().orElseThrow();
    }

    /** A JQL KPI of TEAM, as its author enters it (no owner: the author). */
    private static KpiDefinitionBuilder teamJql() {
        return KpiTestData.aDefinition().scope(TEAM).ownedBy(null).source(KpiTestData.jqlCount("project = TEAM"));
    }

    private static KpiDefinitionBuilder edit(Kpi kpi) {
        return KpiDefinitionBuilder.of(kpi);
    }

    private AccessDeniedException denied(Runnable action) {
        int writes = world.kpi.kpis.writes();
        AccessDeniedException e = catchThrowableOfType(AccessDeniedException.class, action::run);
        assertThat(e).as("refused").isNotNull();
        assertThat(world.kpi.kpis.writes()).as("nothing written").isEqualTo(writes);
        return e;
    }

    private InvalidInputException invalid(Runnable action) {
        int writes = world.kpi.kpis.writes();
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, action::run);
        assertThat(e).as("refused").isNotNull();
        assertThat(world.kpi.kpis.writes()).as("nothing written").isEqualTo(writes);
        return e;
    }

    @Nested
    class Creating {

        @Test
        void givenMemberOfTheProject_creatingAKpiWithoutOwnerOrInterval_ownsItWithTheAdminsDefaultInterval() {
            KpiView created = world.as(PROJECT_MEMBER).creating().create(teamJql().refreshMinutes(null).build());

            assertThat(created.kpi().owner()).isEqualTo(user(PROJECT_MEMBER));
            assertThat(created.kpi().refreshMinutes()).isEqualTo(KpiUseCaseWorld.DEFAULT_REFRESH_MINUTES);
            assertThat(created.canManage()).isTrue();
            assertThat(world.kpi.search.calls()).extracting(c -> c.asUser()).containsOnly(user(PROJECT_MEMBER));
        }

        @Test
        void givenProjectOwner_creatingAGlobalKpi_isRefusedAsOnlyCompanyManagersMay() {
            AccessDeniedException e = denied(() -> world.as(OWNER).creating()
                    .create(teamJql().scope(null).source(new KpiSource.Manual()).build()));

            assertThat(e.messageKey()).isEqualTo(AccessMessages.EDIT_COMPANY);
        }

        @Test
        void givenCompanyGroupMember_creatingAGlobalJqlKpiOwnedBySomeoneElse_isRefusedAsItsQueryRunsAsThem() {
            AccessDeniedException e = denied(() -> world.as(COMPANY_GROUP_MEMBER).creating()
                    .create(teamJql().scope(null).ownedBy(user(JIRA_ADMIN)).build()));

            assertThat(e.messageKey()).isEqualTo(AccessMessages.KPI_JQL);
        }

        @Test
        void givenOutsider_creatingAKpiInAProjectTheyMayNotBrowse_isRefused() {
            AccessDeniedException e = denied(() -> world.as(LICENSED_WITHOUT_BROWSE).creating()
                    .create(teamJql().build()));

            assertThat(e.messageKey()).isEqualTo(AccessMessages.VIEW_PROJECT);
        }

        @Test
        void givenAnonymous_creating_isRefusedAsNotLoggedIn() {
            AccessDeniedException e = denied(() -> world.as(Role.ANONYMOUS).creating().create(teamJql().build()));

            assertThat(e.isUnauthenticated()).isTrue();
        }

        @Test
        void givenParentAndChildTheAuthorMayNotSee_creating_reportsThemAsMissingLikeUnknownOnes() {
            Kpi hidden = world.store(aKpi().scope(OTHER).ownedBy(new UserKey("stranger")));

            InvalidInputException e = invalid(() -> world.as(JIRA_ADMIN).creating().create(teamJql()
                    .parent(hidden.id()).source(KpiTestData.composite(CompositeAggregation.SUM, hidden.id(),
                            new KpiId(99)))
                    .build()));

            assertThat(e.errors()).extracting(FieldError::field, FieldError::message).containsExactly(
                    tuple("parentId", "Parent KPI " + hidden.id() + " does not exist"),
                    tuple("source.children[0].kpiId", "Child KPI " + hidden.id() + " does not exist"),
                    tuple("source.children[1].kpiId", "Child KPI 99 does not exist"));
        }

        @Test
        void givenThirtyKpis_creatingACompositeWithAParent_readsTheKpisOnce() {
            Kpi parent = world.store(aKpi().scope(TEAM).ownedBy(user(OWNER)));
            for (int i = 0; i < 30; i++) {
                world.store(aKpi().scope(TEAM).ownedBy(user(OWNER)).named("KPI " + i));
            }
            int reads = world.kpi.kpis.reads();

            world.as(OWNER).creating().create(teamJql().parent(parent.id())
                    .source(KpiTestData.composite(CompositeAggregation.SUM, parent.id())).build());

            assertThat(world.kpi.kpis.reads() - reads).isEqualTo(1);
        }
    }

    @Nested
    class Changing {

        private Kpi teamManual() {
            return world.store(aKpi().scope(TEAM).ownedBy(user(OWNER)).source(new KpiSource.Manual()));
        }

        @Test
        void givenOwnerOfAProjectKpi_movingItToGlobalScope_isRefusedAsCreatingItThereIs() {
            Kpi kpi = teamManual();

            AccessDeniedException e = denied(() -> world.as(OWNER).changing()
                    .change(kpi.id(), 0, edit(kpi).scope(null).build()));

            assertThat(e.messageKey()).isEqualTo(AccessMessages.EDIT_COMPANY);
            assertThat(world.kpi.kpis.findById(kpi.id()).orElseThrow().project()).isEqualTo(TEAM);
        }

        @Test
        void givenOwner_movingTheirKpiToAnotherProjectTheyMayBrowse_mayAsTheyMayCreateItThere() {
            world.facts.browse(OWNER.userKey(), OTHER.value());
            Kpi kpi = teamManual();

            KpiView moved = world.as(OWNER).changing().change(kpi.id(), 0, edit(kpi).scope(OTHER).build());

            assertThat(moved.kpi().project()).isEqualTo(OTHER);
        }

        @Test
        void givenJiraAdmin_movingAProjectKpiToGlobalScope_may() {
            Kpi kpi = teamManual();

            KpiView moved = world.as(JIRA_ADMIN).changing().change(kpi.id(), 0, edit(kpi).scope(null).build());

            assertThat(moved.kpi().project()).isNull();
        }

        @Test
        void givenProjectAdmin_givingAKpiToAnotherOwner_isRefusedAsOnlyTheNewOwnerOrAJiraAdminMay() {
            Kpi kpi = teamManual();

            AccessDeniedException e = denied(() -> world.as(PROJECT_ADMIN).changing()
                    .change(kpi.id(), 0, edit(kpi).ownedBy(user(PROJECT_MEMBER)).build()));

            assertThat(e.messageKey()).isEqualTo(AccessMessages.KPI_JQL);
        }

        @Test
        void givenCompanyGroupMember_changingTheJqlOfAGlobalKpiOwnedBySomeoneElse_isRefusedWhileRenamingItIsNot() {
            Kpi global = world.store(aKpi().global().ownedBy(user(JIRA_ADMIN)));

            AccessDeniedException e = denied(() -> world.as(COMPANY_GROUP_MEMBER).changing().change(global.id(), 0,
                    edit(global).source(KpiTestData.jqlCount("project = SECRET")).build()));
            KpiView renamed = world.changing().change(global.id(), 0, edit(global).named("Renamed").build());

            assertThat(e.messageKey()).isEqualTo(AccessMessages.KPI_JQL);
            assertThat(renamed.kpi().name()).isEqualTo("Renamed");
            assertThat(renamed.canChangeJql()).isFalse();
        }

        @Test
        void givenProjectAdmin_turningAJqlKpiIntoAManualOne_isRefusedAsItChangesWhatItCounts() {
            Kpi kpi = world.store(aKpi().scope(TEAM).ownedBy(user(OWNER)));

            AccessDeniedException e = denied(() -> world.as(PROJECT_ADMIN).changing()
                    .change(kpi.id(), 0, edit(kpi).source(new KpiSource.Manual()).build()));

            assertThat(e.messageKey()).isEqualTo(AccessMessages.KPI_JQL);
        }

        @Test
        void givenNoOwner_changing_keepsTheOwnerAndGivesTheAdminsDefaultInterval() {
            Kpi kpi = teamManual();

            KpiView changed = world.as(PROJECT_ADMIN).changing().change(kpi.id(), 0,
                    edit(kpi).ownedBy(null).refreshMinutes(null).named("Renamed").build());

            assertThat(changed.kpi().owner()).isEqualTo(user(OWNER));
            assertThat(changed.kpi().refreshMinutes()).isEqualTo(KpiUseCaseWorld.DEFAULT_REFRESH_MINUTES);
        }

        @Test
        void givenParentTheViewerMayNoLongerSee_changingSomethingElse_keepsItButANewHiddenParentIsMissing() {
            Kpi hidden = world.store(aKpi().scope(OTHER).ownedBy(new UserKey("stranger")));
            Kpi otherHidden = world.store(aKpi().scope(OTHER).ownedBy(new UserKey("stranger")));
            Kpi kpi = world.store(aKpi().scope(TEAM).ownedBy(user(OWNER)).source(new KpiSource.Manual())
                    .parent(hidden.id()));

            KpiView renamed = world.as(OWNER).changing().change(kpi.id(), 0, edit(kpi).named("Renamed").build());
            InvalidInputException e = invalid(() -> world.changing().change(kpi.id(), 1,
                    edit(renamed.kpi()).parent(otherHidden.id()).build()));

            assertThat(renamed.kpi().parentId()).as("the answer names no hidden parent").isNull();
            assertThat(world.kpi.kpis.findById(kpi.id()).orElseThrow().parentId()).isEqualTo(hidden.id());
            assertThat(e.errors()).extracting(FieldError::field).containsExactly("parentId");
        }

        @Test
        void givenParentTheViewerMayNotSee_readingAndSavingTheKpiAsShown_neverNamesTheParentAndKeepsIt() {
            Kpi hidden = world.store(aKpi().scope(OTHER).ownedBy(new UserKey("stranger")));
            Kpi kpi = world.store(aKpi().scope(TEAM).ownedBy(user(OWNER)).source(new KpiSource.Manual())
                    .parent(hidden.id()));

            Kpi shown = world.as(OWNER).detail().detail(kpi.id()).card().kpi();
            KpiView saved = world.changing().change(kpi.id(), 0, edit(shown).named("Renamed").build());

            assertThat(shown.parentId()).isNull();
            assertThat(saved.kpi().parentId()).isNull();
            assertThat(world.kpi.kpis.findById(kpi.id()).orElseThrow()).satisfies(stored -> {
                assertThat(stored.name()).isEqualTo("Renamed");
                assertThat(stored.parentId()).as("kept, though the edit named none").isEqualTo(hidden.id());
            });
        }

        @Test
        void givenCompanyCompositeAcrossProjects_renamingIt_keepsItsChildrenButANewChildMustBeGlobal() {
            world.facts.browse(JIRA_ADMIN.userKey(), OTHER.value());
            Kpi team = world.store(aKpi().scope(TEAM).ownedBy(user(OWNER)));
            Kpi other = world.store(aKpi().scope(OTHER).ownedBy(user(OWNER)));
            Kpi composite = world.store(aKpi().global().ownedBy(user(JIRA_ADMIN))
                    .source(KpiTestData.composite(CompositeAggregation.SUM, team.id())));

            KpiView renamed = world.as(JIRA_ADMIN).changing().change(composite.id(), 0,
                    edit(composite).named("Renamed").build());
            InvalidInputException widened = invalid(() -> world.changing().change(composite.id(), 1,
                    edit(renamed.kpi()).source(KpiTestData.composite(CompositeAggregation.SUM, team.id(), other.id()))
                            .build()));

            assertThat(renamed.kpi().compositeChildren()).containsExactly(team.id());
            assertThat(widened.errors()).extracting(FieldError::field, FieldError::messageKey)
                    .containsExactly(tuple("source.children[1].kpiId", "waypoint.kpi.child.scope"));
        }

        @Test
        void givenProjectComposite_movingItToGlobalScope_refusesItsProjectChildren() {
            Kpi team = world.store(aKpi().scope(TEAM).ownedBy(user(OWNER)));
            Kpi composite = world.store(aKpi().scope(TEAM).ownedBy(user(OWNER))
                    .source(KpiTestData.composite(CompositeAggregation.SUM, team.id())));

            InvalidInputException e = invalid(() -> world.as(JIRA_ADMIN).changing().change(composite.id(), 0,
                    edit(composite).scope(null).build()));

            assertThat(e.errors()).extracting(FieldError::messageKey).containsExactly("waypoint.kpi.child.scope");
        }

        @Test
        void givenStaleVersion_changing_answersConflict() {
            Kpi kpi = teamManual();

            ConflictException e = catchThrowableOfType(ConflictException.class,
                    () -> world.as(OWNER).changing().change(kpi.id(), 3, edit(kpi).named("Late").build()));

            assertThat(e).isNotNull();
        }

        @Test
        void givenKpiOfAProjectTheViewerMayNotBrowse_changing_answersNotFound() {
            Kpi kpi = teamManual();

            assertThat(catchThrowableOfType(NotFoundException.class, () -> world.as(COMPANY_GROUP_MEMBER)
                    .changing().change(kpi.id(), 0, edit(kpi).build()))).isNotNull();
        }

        @Test
        void givenThirtyKpis_changing_readsTheKpisOnce() {
            Kpi kpi = teamManual();
            for (int i = 0; i < 30; i++) {
                world.store(aKpi().scope(TEAM).ownedBy(user(OWNER)).named("KPI " + i));
            }
            int reads = world.kpi.kpis.reads();

            world.as(OWNER).changing().change(kpi.id(), 0, edit(kpi).named("Renamed").build());

            assertThat(world.kpi.kpis.reads() - reads).isEqualTo(1);
        }
    }

    @Nested
    class Deleting {

        @Test
        void givenProjectMember_deleting_isRefusedAndAnOutsiderIsToldNothing() {
            Kpi kpi = world.store(aKpi().scope(TEAM).ownedBy(user(OWNER)));

            AccessDeniedException member = denied(() -> world.as(PROJECT_MEMBER).deleting().delete(kpi.id()));
            NotFoundException outsider = catchThrowableOfType(NotFoundException.class,
                    () -> world.as(LICENSED_WITHOUT_BROWSE).deleting().delete(kpi.id()));

            assertThat(member.messageKey()).isEqualTo(AccessMessages.KPI_MANAGE);
            assertThat(outsider).isNotNull();
        }

        @Test
        void givenProjectAdmin_deleting_removesTheKpi() {
            Kpi kpi = world.store(aKpi().scope(TEAM).ownedBy(user(OWNER)));

            world.as(PROJECT_ADMIN).deleting().delete(kpi.id());

            assertThat(world.kpi.kpis.findAll()).isEmpty();
        }
    }

}
