package dev.waypoint.jira.rest.kpi;

import static dev.waypoint.access.Role.COMPANY_GROUP_MEMBER;
import static dev.waypoint.access.Role.OWNER;

import dev.waypoint.access.Role;
import dev.waypoint.cycle.Cycle;
import dev.waypoint.jira.rest.support.RestHarness;
import dev.waypoint.kpi.AgentRow;
import dev.waypoint.kpi.CompositeAggregation;
import dev.waypoint.kpi.Health;
import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiDirection;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.kpi.KpiSource;
import dev.waypoint.kpi.KpiValue;
import dev.waypoint.kpi.testdata.KpiTestData;
import dev.waypoint.objective.ObjectiveId;
import dev.waypoint.objective.ObjectiveLevel;
import dev.waypoint.shared.ProjectKey;
import dev.waypoint.shared.UserKey;
import dev.waypoint.testdata.OkrTestData;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The standard data of the KPI resources' tests, on the users of {@link Role} (project {@code TEAM}). Ids are fixed,
 * as the fakes count from 1 after {@link KpiRestWorld#reset()}:
 * <table>
 *   <caption>KPIs</caption>
 *   <tr><td>{@value #TEAM_JQL}</td><td>TEAM, JQL_COUNT, owner, lower is better 20 / 30, three values</td></tr>
 *   <tr><td>{@value #COMPANY_MANUAL}</td><td>global, MANUAL, owned by the company group member, higher is better
 *       100 / 80, one value</td></tr>
 *   <tr><td>{@value #TEAM_MANUAL}</td><td>TEAM, MANUAL, owner, higher is better 10 / 5</td></tr>
 *   <tr><td>{@value #TEAM_AGENTS}</td><td>TEAM, PER_AGENT of group {@code support} (a1, a2), owner, lower is better
 *       10 / 15, one value with breakdown</td></tr>
 *   <tr><td>{@value #OTHER_PROJECT}</td><td>project OTHER, JQL_COUNT, nobody of the roles may see it</td></tr>
 * </table>
 * Cycle {@value #CYCLE} is Q1 2026 (ACTIVE); objective {@value #TEAM_OBJECTIVE} is a TEAM objective owned by the owner,
 * aligned to KPI {@value #TEAM_JQL}, with key result {@value #TEAM_KEY_RESULT}; objective {@value #COMPANY_OBJECTIVE}
 * is a COMPANY objective owned by the company group member.
 */
public final class KpiFixture {

    public static final long TEAM_JQL = 1;
    public static final long COMPANY_MANUAL = 2;
    public static final long TEAM_MANUAL = 3;
    public static final long TEAM_AGENTS = 4;
    public static final long OTHER_PROJECT = 5;
    public static final long CYCLE = 1;
    public static final long TEAM_OBJECTIVE = 1;
    public static final long COMPANY_OBJECTIVE = 2;
    public static final long TEAM_KEY_RESULT = 1;
    public static final String TEAM_JQL_QUERY = "project = TEAM AND statusCategory != Done";
    public static final Instant NOW = RestHarness.NOW;

    private KpiFixture() {
    }

    public static UserKey user(Role role) {
        return role.user().orElseThrow();
    }

    public static Instant ago(Duration duration) {
        return NOW.minus(duration);
    }

    /**
     * Adds a global COMPOSITE of the TEAM KPIs {@value #TEAM_JQL} and {@value #TEAM_AGENTS} (the next id, 6), owned
     * by the Jira admin, with a value of {@value #COMPOSITE_VALUE}: visible only to who may browse TEAM (DESIGN §5).
     */
    public static long globalCompositeOfTeam(KpiRestWorld world) {
        dev.waypoint.kpi.Kpi composite = world.store(KpiTestData.aKpi().named("Support everywhere").global()
                .ownedBy(user(Role.JIRA_ADMIN)).source(KpiTestData.composite(
                        dev.waypoint.kpi.CompositeAggregation.SUM, new KpiId(TEAM_JQL), new KpiId(TEAM_AGENTS))));
        world.store(KpiValue.of(composite.id(), ago(Duration.ofHours(1)), COMPOSITE_VALUE));
        return composite.id().value();
    }

    /** The value of {@link #globalCompositeOfTeam}: a number no other fixture value has. */
    public static final double COMPOSITE_VALUE = 34.5;

    public static void install(KpiRestWorld world) {
        world.reset();
        ProjectKey team = Role.PROJECT;
        world.users().group("support", List.of(KpiTestData.agent("a1"), KpiTestData.agent("a2")));
        world.store(KpiTestData.aKpi().named("Open tickets").scope(team).ownedBy(user(OWNER))
                .source(KpiTestData.jqlCount(TEAM_JQL_QUERY)));
        world.store(KpiTestData.aKpi().named("Revenue").global().ownedBy(user(COMPANY_GROUP_MEMBER)).unit("kEUR")
                .bands(KpiDirection.HIGHER_IS_BETTER, 100, 80d).source(new KpiSource.Manual()));
        world.store(KpiTestData.aKpi().named("Satisfaction").scope(team).ownedBy(user(OWNER)).unit("points")
                .bands(KpiDirection.HIGHER_IS_BETTER, 10, 5d).source(new KpiSource.Manual()));
        world.store(KpiTestData.aKpi().named("Open tickets per agent").scope(team).ownedBy(user(OWNER))
                .bands(KpiDirection.LOWER_IS_BETTER, 10, 15d)
                .source(KpiTestData.perAgentOfGroup("project = TEAM", "support")));
        world.store(KpiTestData.aKpi().named("Secret").scope(new ProjectKey("OTHER"))
                .ownedBy(new UserKey("stranger")).source(KpiTestData.jqlCount("project = OTHER")));
        KpiId teamJql = new KpiId(TEAM_JQL);
        world.store(KpiValue.of(teamJql, ago(Duration.ofDays(10)), 35));
        world.store(KpiValue.of(teamJql, ago(Duration.ofDays(3)), 28));
        world.store(KpiValue.of(teamJql, ago(Duration.ofHours(1)), 25));
        world.store(KpiValue.of(new KpiId(COMPANY_MANUAL), ago(Duration.ofDays(2)), 90));
        world.store(KpiValue.withBreakdown(new KpiId(TEAM_AGENTS), ago(Duration.ofHours(1)), 9.5, List.of(
                new AgentRow(new UserKey("a2"), 4, Health.GREEN),
                new AgentRow(new UserKey("a1"), 12, Health.AMBER),
                AgentRow.unassigned(3))));
        Cycle cycle = world.store(OkrTestData.aCycle());
        world.store(OkrTestData.anObjective(cycle.id()).titled("Calm the support queue")
                .level(ObjectiveLevel.TEAM, team).ownedBy(user(OWNER)).alignedKpis(teamJql));
        world.store(OkrTestData.anObjective(cycle.id()).titled("Grow revenue").company()
                .ownedBy(user(COMPANY_GROUP_MEMBER)));
        world.store(OkrTestData.aKeyResult(new dev.waypoint.objective.ObjectiveId(TEAM_OBJECTIVE))
                .titled("Answer within a day").ownedBy(user(OWNER)));
        world.resetCalls();
    }
}
