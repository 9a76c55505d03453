package dev.waypoint.app.dashboard;

import static dev.waypoint.kpi.testdata.KpiTestData.CLOCK;
import static dev.waypoint.kpi.testdata.KpiTestData.NOW;
import static dev.waypoint.kpi.testdata.KpiTestData.aKpi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waypoint.access.AccessDeniedException;
import dev.waypoint.access.InMemoryAccessFacts;
import dev.waypoint.access.KpiPermissions;
import dev.waypoint.access.Permissions;
import dev.waypoint.access.Role;
import dev.waypoint.app.kpi.KpiAccess;
import dev.waypoint.app.kpi.KpiAppMessages;
import dev.waypoint.app.kpi.VisibleKpis;
import dev.waypoint.kpi.AgentRow;
import dev.waypoint.kpi.Health;
import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiDirection;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.kpi.KpiReadService;
import dev.waypoint.kpi.KpiValue;
import dev.waypoint.kpi.search.Agent;
import dev.waypoint.kpi.testdata.KpiRepositories;
import dev.waypoint.kpi.testdata.KpiTestData;
import dev.waypoint.shared.InvalidInputException;
import dev.waypoint.shared.NotFoundException;
import dev.waypoint.shared.UserKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AgentWorkloadQueryTest {

    private static final String JQL = "project = TEAM AND statusCategory != Done ORDER BY created";

    private final InMemoryAccessFacts facts = Role.standardFacts();
    private final Permissions permissions = new Permissions(facts);
    private final KpiRepositories repositories = KpiRepositories.inMemory();
    private final List<Collection<UserKey>> lookups = new ArrayList<>();
    private final Map<UserKey, AgentProfile> known = new HashMap<>();

    private AgentWorkloadQuery query(Role viewer) {
        KpiAccess access = new KpiAccess(viewer::user, new VisibleKpis(repositories.kpis(),
                new KpiPermissions(permissions)));
        AgentDirectory agents = users -> {
            lookups.add(List.copyOf(users));
            Map<UserKey, AgentProfile> found = new HashMap<>();
            users.stream().filter(known::containsKey).forEach(user -> found.put(user, known.get(user)));
            return found;
        };
        return new AgentWorkloadQuery(access, new KpiReadService(repositories.values(), CLOCK), agents);
    }

    private Kpi perAgentKpi() {
        return repositories.kpis().insert(aKpi().scope(Role.PROJECT).bands(KpiDirection.LOWER_IS_BETTER, 5, 8d)
                .source(KpiTestData.perAgentOfGroup(JQL, "agents")).build());
    }

    private void know(String key, String username, String displayName) {
        known.put(new UserKey(key), new AgentProfile(new Agent(new UserKey(key), username), displayName));
    }

    private static AgentRow row(String agent, long count, Health health) {
        return new AgentRow(new UserKey(agent), count, health);
    }

    @Test
    void givenABreakdown_reading_answersAgentsByCountWithNamesAndTheUnassignedLineLast() {
        Kpi kpi = perAgentKpi();
        repositories.values().append(KpiValue.withBreakdown(kpi.id(), NOW.minus(Duration.ofHours(1)), 6,
                List.of(row("u1", 3, Health.GREEN), row("u2", 9, Health.RED), AgentRow.unassigned(4),
                        row("u3", 9, Health.RED), row("gone", 1, Health.GREEN))));
        know("u1", "ann", "Ann Archer");
        know("u2", "bob", "Bob Baker");
        know("u3", "cy", "Ada \"Cy\" O'Neil");

        AgentWorkload workload = query(Role.PROJECT_MEMBER).workload(kpi.id());

        assertThat(workload.agents()).extracting(AgentWorkload.AgentLine::displayName)
                .containsExactly("Ada \"Cy\" O'Neil", "Bob Baker", "Ann Archer", "gone", null);
        assertThat(workload.agents()).extracting(AgentWorkload.AgentLine::health)
                .containsExactly(Health.RED, Health.RED, Health.GREEN, Health.GREEN, Health.UNKNOWN);
        assertThat(workload.agents().get(0).issuesJql())
                .isEqualTo("(project = TEAM AND statusCategory != Done) AND assignee = \"cy\"");
        assertThat(workload.agents().get(3).issuesJql()).as("an agent the directory no longer knows").isNull();
        assertThat(workload.agents().get(4).unassigned()).isTrue();
        assertThat(workload.agents().get(4).issuesJql())
                .isEqualTo("(project = TEAM AND statusCategory != Done) AND assignee is EMPTY");
        assertThat(workload.latest().value()).isEqualTo(6.0);
        assertThat(workload.health()).isEqualTo(Health.AMBER);
        assertThat(lookups).hasSize(1);
        assertThat(lookups.get(0)).containsExactlyInAnyOrder(new UserKey("u1"), new UserKey("u2"),
                new UserKey("u3"), new UserKey("gone"));
    }

    @Test
    void givenAnAgentNameWithQuotes_reading_quotesItInTheQueryOfItsIssues() {
        Kpi kpi = perAgentKpi();
        repositories.values().append(KpiValue.withBreakdown(kpi.id(), NOW, 1, List.of(row("x", 1, Health.GREEN))));
        know("x", "o\"brien\\", "O'Brien");

        AgentWorkload workload = query(Role.OWNER).workload(kpi.id());

        assertThat(workload.agents().get(0).issuesJql())
                .isEqualTo("(project = TEAM AND statusCategory != Done) AND assignee = \"o\\\"brien\\\\\"");
    }

    @Test
    void givenAKpiNeverEvaluated_reading_answersNoLineAndUnknownHealth() {
        Kpi kpi = perAgentKpi();

        AgentWorkload workload = query(Role.PROJECT_MEMBER).workload(kpi.id());

        assertThat(workload.latest()).isNull();
        assertThat(workload.agents()).isEmpty();
        assertThat(workload.health()).isEqualTo(Health.UNKNOWN);
    }

    @Test
    void givenAViewerWhoMayNotBrowseTheProject_reading_answersNotFoundWithoutLookingAgentsUp() {
        Kpi kpi = perAgentKpi();

        assertThatThrownBy(() -> query(Role.LICENSED_WITHOUT_BROWSE).workload(kpi.id()))
                .isInstanceOf(NotFoundException.class);
        assertThat(lookups).isEmpty();
    }

    @Test
    void givenNobodyLoggedIn_reading_isRefused() {
        Kpi kpi = perAgentKpi();

        assertThatThrownBy(() -> query(Role.ANONYMOUS).workload(kpi.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void givenAKpiWithoutBreakdown_reading_namesTheKpiField() {
        Kpi kpi = repositories.kpis().insert(aKpi().scope(Role.PROJECT).build());

        assertThatThrownBy(() -> query(Role.PROJECT_MEMBER).workload(kpi.id()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.hasErrorFor("kpi")).isTrue();
                    assertThat(e.errors().get(0).messageKey()).isEqualTo(KpiAppMessages.NOT_PER_AGENT);
                });
    }

    @Test
    void givenAnUnknownKpi_reading_answersNotFound() {
        assertThatThrownBy(() -> query(Role.JIRA_ADMIN).workload(new KpiId(404)))
                .isInstanceOf(NotFoundException.class);
    }
}
