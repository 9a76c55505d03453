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

import dev.waypoint.access.AccessDeniedException;
import dev.waypoint.access.Role;
import dev.waypoint.app.dashboard.ProjectChoice;
import dev.waypoint.app.kpi.DrillDown;
import dev.waypoint.app.kpi.KpiUseCaseWorld;
import dev.waypoint.kpi.CompositeAggregation;
import dev.waypoint.kpi.Health;
import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiDirection;
import dev.waypoint.kpi.KpiSource;
import dev.waypoint.kpi.KpiValue;
import dev.waypoint.kpi.testdata.KpiTestData;
import dev.waypoint.shared.ProjectKey;
import dev.waypoint.shared.UserKey;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A KPI page's list ({@link KpiListQuery}): a project's KPIs and the directory, as each viewer may see them. */
class KpiListQueryTest {

    private static final ProjectKey OTHER = new ProjectKey("OTHER");

    private final KpiUseCaseWorld world = new KpiUseCaseWorld();
    private Kpi backlog;
    private Kpi revenue;
    private Kpi composite;

    private static UserKey user(Role role) {
        return role.user().orElseThrow();
    }

    @BeforeEach
    void data() {
        backlog = world.store(aKpi().named("Backlog").scope(Role.PROJECT).ownedBy(user(OWNER))
                .bands(KpiDirection.LOWER_IS_BETTER, 10, 20d));
        revenue = world.store(aKpi().named("Revenue").global().ownedBy(user(COMPANY_GROUP_MEMBER))
                .source(new KpiSource.Manual()));
        composite = world.store(aKpi().named("Everything").global().ownedBy(user(JIRA_ADMIN))
                .source(KpiTestData.composite(CompositeAggregation.SUM, backlog.id())));
        world.store(aKpi().named("Elsewhere").scope(OTHER).ownedBy(user(JIRA_ADMIN)));
        for (int day = 40; day >= 1; day--) {
            world.store(KpiValue.of(backlog.id(), daysAgo(day), 15));
        }
        world.displayNames.put(user(OWNER), "Olga Owner");
        world.browsable.put(user(PROJECT_MEMBER), List.of(new ProjectChoice(Role.PROJECT, "Team")));
        world.browsable.put(user(COMPANY_GROUP_MEMBER), List.of());
    }

    @Test
    void givenAProjectMember_theProjectsList_showsItsKpisWithValuesOwnerQueryAndWhereToCreate() {
        KpiList list = world.as(PROJECT_MEMBER).list().list(Role.PROJECT);

        assertThat(list.kpis()).extracting(e -> e.card().kpi().name()).containsExactly("Backlog");
        KpiList.Entry entry = list.kpis().get(0);
        assertThat(entry.card().health()).isEqualTo(Health.AMBER);
        assertThat(entry.card().history()).hasSize(KpiListQuery.DAYS);
        assertThat(entry.ownerName()).isEqualTo("Olga Owner");
        assertThat(entry.drillDown()).containsExactly(new DrillDown("source.jql", KpiTestData.OPEN_TICKETS));
        assertThat(entry.canManage()).isFalse();
        assertThat(list.createIn()).extracting(ProjectChoice::key).containsExactly(Role.PROJECT);
        assertThat(list.canCreateGlobal()).isFalse();
    }

    @Test
    void givenTheProjectAdmin_theProjectsList_letsThemManageItsKpis() {
        assertThat(world.as(PROJECT_ADMIN).list().list(Role.PROJECT).kpis()).allMatch(KpiList.Entry::canManage);
    }

    @Test
    void givenTheDirectory_eachViewer_seesOnlyTheKpisOfScopesTheyMaySee() {
        KpiList member = world.as(PROJECT_MEMBER).list().list(null);
        KpiList leader = world.as(COMPANY_GROUP_MEMBER).list().list(null);

        assertThat(member.kpis()).extracting(e -> e.card().kpi().id())
                .containsExactly(backlog.id(), revenue.id(), composite.id());
        assertThat(member.createIn()).extracting(ProjectChoice::name).containsExactly("Team");
        assertThat(member.canCreateGlobal()).isFalse();
        assertThat(leader.kpis()).extracting(e -> e.card().kpi().id()).containsExactly(revenue.id());
        assertThat(leader.kpis().get(0).ownerName()).isEqualTo("leader");
        assertThat(leader.kpis().get(0).drillDown()).isEmpty();
        assertThat(leader.canCreateGlobal()).isTrue();
        assertThat(leader.createIn()).isEmpty();
    }

    @Test
    void givenAViewerWhoMayNotBrowseTheProject_theProjectsList_isRefused() {
        assertThat(catchThrowableOfType(AccessDeniedException.class,
                () -> world.as(LICENSED_WITHOUT_BROWSE).list().list(Role.PROJECT))).isNotNull();
        assertThat(catchThrowableOfType(AccessDeniedException.class,
                () -> world.as(Role.ANONYMOUS).list().list(null))).isNotNull();
    }

    @Test
    void givenMoreKpis_theDirectory_readsTheValuesInTheSameNumberOfCalls() {
        world.as(JIRA_ADMIN).list().list(null);
        int few = world.kpi.values.calls("findBetween") + world.kpi.values.calls("findLatest");
        for (int i = 0; i < 200; i++) {
            world.store(aKpi().named("KPI " + i).global().ownedBy(user(JIRA_ADMIN)));
        }

        KpiList list = world.list().list(null);

        assertThat(list.kpis()).hasSize(203);
        assertThat(world.kpi.values.calls("findBetween") + world.kpi.values.calls("findLatest") - few)
                .isEqualTo(few);
        assertThat(world.kpi.search.calls()).isEmpty();
    }
}
