package dev.waypoint.jira.ao;

import dev.waypoint.kpi.AgentSelection;
import dev.waypoint.kpi.CompositeAggregation;
import dev.waypoint.kpi.CompositeChild;
import dev.waypoint.kpi.DurationStatistic;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.kpi.KpiSource;
import dev.waypoint.kpi.KpiSourceKind;
import dev.waypoint.shared.ProjectKey;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Maps a KPI's source to and from the columns of {@link AoKpi}. Pure. */
final class AoKpiSources {

    private AoKpiSources() {
    }

    static void write(AoKpi row, KpiSource source) {
        row.setSourceType(source.kind().name());
        row.setJql(null);
        row.setDenominatorJql(null);
        row.setAgentMode(null);
        row.setAgentGroup(null);
        row.setAgentRoleProject(null);
        row.setAgentRole(null);
        row.setFromField(null);
        row.setToField(null);
        row.setStatistic(null);
        row.setSampleCap(null);
        row.setAggregation(null);
        row.setChildren(null);
        switch (source) {
            case KpiSource.JqlCount s -> row.setJql(s.jql());
            case KpiSource.JqlRatio s -> {
                row.setJql(s.numeratorJql());
                row.setDenominatorJql(s.denominatorJql());
            }
            case KpiSource.PerAgent s -> {
                row.setJql(s.jql());
                writeAgents(row, s.agents());
            }
            case KpiSource.Duration s -> {
                row.setJql(s.jql());
                row.setFromField(s.fromField());
                row.setToField(s.toField());
                row.setStatistic(s.statistic().name());
                row.setSampleCap(s.sampleCap());
            }
            case KpiSource.Manual s -> {
                // nothing beyond the type
            }
            case KpiSource.Composite s -> {
                row.setAggregation(s.aggregation().name());
                row.setChildren(s.children().stream().map(c -> c.kpiId().value() + ":" + c.weight())
                        .collect(Collectors.joining(",")));
            }
        }
    }

    private static void writeAgents(AoKpi row, AgentSelection agents) {
        switch (agents) {
            case AgentSelection.Group g -> {
                row.setAgentMode("GROUP");
                row.setAgentGroup(g.name());
            }
            case AgentSelection.ProjectRole r -> {
                row.setAgentMode("ROLE");
                row.setAgentRoleProject(r.project().value());
                row.setAgentRole(r.role());
            }
            case AgentSelection.Assignees a -> row.setAgentMode("ASSIGNEES");
        }
    }

    static KpiSource read(AoKpi row) {
        return switch (KpiSourceKind.valueOf(row.getSourceType())) {
            case JQL_COUNT -> new KpiSource.JqlCount(row.getJql());
            case JQL_RATIO -> new KpiSource.JqlRatio(row.getJql(), row.getDenominatorJql());
            case PER_AGENT -> new KpiSource.PerAgent(row.getJql(), readAgents(row));
            case DURATION -> new KpiSource.Duration(row.getJql(), row.getFromField(), row.getToField(),
                    DurationStatistic.valueOf(row.getStatistic()), row.getSampleCap());
            case MANUAL -> new KpiSource.Manual();
            case COMPOSITE -> new KpiSource.Composite(CompositeAggregation.valueOf(row.getAggregation()),
                    readChildren(row.getChildren()));
        };
    }

    private static AgentSelection readAgents(AoKpi row) {
        return switch (row.getAgentMode()) {
            case "GROUP" -> new AgentSelection.Group(row.getAgentGroup());
            case "ROLE" -> new AgentSelection.ProjectRole(new ProjectKey(row.getAgentRoleProject()),
                    row.getAgentRole());
            default -> new AgentSelection.Assignees();
        };
    }

    private static List<CompositeChild> readChildren(String children) {
        if (children == null || children.isBlank()) {
            return List.of();
        }
        return Arrays.stream(children.split(",")).map(pair -> {
            String[] parts = pair.split(":");
            return new CompositeChild(new KpiId(Long.parseLong(parts[0])), Double.parseDouble(parts[1]));
        }).toList();
    }
}
