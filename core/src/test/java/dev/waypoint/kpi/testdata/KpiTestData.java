package dev.waypoint.kpi.testdata;

import dev.waypoint.kpi.AgentSelection;
import dev.waypoint.kpi.CompositeAggregation;
import dev.waypoint.kpi.CompositeChild;
import dev.waypoint.kpi.DurationStatistic;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.kpi.KpiSource;
import dev.waypoint.kpi.KpiValue;
import dev.waypoint.kpi.search.Agent;
import dev.waypoint.shared.UserKey;
import dev.waypoint.testdata.OkrTestData;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Test data for the KPI features, on the same fixed clock and people as {@link OkrTestData}. Builders start from a
 * valid KPI (JQL_COUNT of open SUP tickets, owned by Alice, lower is better, target 20, warning 30) so a test changes
 * only what it is about. Shared with jira-plugin through core's test-jar.
 */
public final class KpiTestData {

    public static final Instant NOW = OkrTestData.NOW;
    public static final Clock CLOCK = OkrTestData.CLOCK;
    public static final UserKey ALICE = OkrTestData.ALICE;
    public static final UserKey BOB = OkrTestData.BOB;
    /** Another user, who owns nothing in the standard data. */
    public static final UserKey ADMIN = new UserKey("admin");
    public static final String OPEN_TICKETS = "project = SUP AND statusCategory != Done";

    private KpiTestData() {
    }

    /** A valid JQL_COUNT KPI, not stored. */
    public static KpiBuilder aKpi() {
        return new KpiBuilder();
    }

    /** A valid definition (what a user enters) of the same KPI as {@link #aKpi()}. */
    public static KpiDefinitionBuilder aDefinition() {
        return new KpiDefinitionBuilder();
    }

    public static KpiSource.JqlCount jqlCount(String jql) {
        return new KpiSource.JqlCount(jql);
    }

    public static KpiSource.PerAgent perAgentOfGroup(String jql, String group) {
        return new KpiSource.PerAgent(jql, new AgentSelection.Group(group));
    }

    public static KpiSource.Duration resolutionTime(DurationStatistic statistic) {
        return new KpiSource.Duration("project = SUP AND resolution is not EMPTY", "created", "resolutiondate",
                statistic, KpiSource.Duration.DEFAULT_SAMPLE_CAP);
    }

    public static KpiSource.Composite composite(CompositeAggregation aggregation, KpiId... children) {
        return new KpiSource.Composite(aggregation, Arrays.stream(children).map(CompositeChild::of).toList());
    }

    public static Agent agent(String key) {
        return new Agent(new UserKey(key), key);
    }

    public static List<Agent> agents(String prefix, int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> agent(prefix + i)).toList();
    }

    public static KpiValue value(KpiId kpi, Instant at, double value) {
        return KpiValue.of(kpi, at, value);
    }

    public static Instant daysAgo(double days) {
        return NOW.minus(Duration.ofMinutes(Math.round(days * 24 * 60)));
    }
}
