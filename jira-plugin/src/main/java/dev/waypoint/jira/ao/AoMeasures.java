package dev.waypoint.jira.ao;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waypoint.keyresult.IssuesMode;
import dev.waypoint.keyresult.IssuesScope;
import dev.waypoint.keyresult.Judgement;
import dev.waypoint.keyresult.Measure;
import dev.waypoint.keyresult.MeasureType;
import dev.waypoint.keyresult.MilestoneItem;
import dev.waypoint.keyresult.ValueSource;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.shared.Weight;
import java.util.List;

/** Maps a key result's measure and value source to and from the columns of {@link AoKeyResult}. Pure. */
final class AoMeasures {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<StoredMilestone>> MILESTONES = new TypeReference<>() {
    };

    /** A milestone as stored in the JSON column; field names are part of the schema. */
    record StoredMilestone(String title, double weight) {
    }

    private AoMeasures() {
    }

    static void writeMeasure(AoKeyResult row, Measure measure) {
        row.setBaseline(null);
        row.setTarget(null);
        row.setMinValue(null);
        row.setMaxValue(null);
        row.setTolerance(null);
        row.setJudgement(null);
        row.setMilestones(null);
        row.setIssuesMode(null);
        row.setIssuesScope(null);
        row.setFrozenTotal(null);
        switch (measure) {
            case Measure.Metric m -> {
                row.setBaseline(m.baseline());
                row.setTarget(m.target());
            }
            case Measure.Threshold t -> {
                row.setMinValue(t.min());
                row.setMaxValue(t.max());
                row.setTolerance(t.tolerance());
                row.setJudgement(t.judgement().name());
            }
            case Measure.Milestone m -> row.setMilestones(m.items().isEmpty() ? null : json(m.items().stream()
                    .map(i -> new StoredMilestone(i.title(), i.weight().value())).toList()));
            case Measure.Issues i -> {
                row.setIssuesMode(i.mode().name());
                row.setIssuesScope(i.scope().name());
                row.setFrozenTotal(i.frozenTotal());
            }
        }
    }

    static Measure readMeasure(AoKeyResult row) {
        return switch (MeasureType.valueOf(row.getMeasureType())) {
            case METRIC -> new Measure.Metric(row.getBaseline(), row.getTarget());
            case THRESHOLD -> new Measure.Threshold(row.getMinValue(), row.getMaxValue(), row.getTolerance(),
                    Judgement.valueOf(row.getJudgement()));
            case MILESTONE -> new Measure.Milestone(readMilestones(row.getMilestones()));
            case ISSUES -> new Measure.Issues(IssuesMode.valueOf(row.getIssuesMode()),
                    IssuesScope.valueOf(row.getIssuesScope()), row.getFrozenTotal());
        };
    }

    static String sourceType(ValueSource source) {
        return switch (source) {
            case ValueSource.Manual m -> "MANUAL";
            case ValueSource.Kpi k -> "KPI";
            case ValueSource.Jql j -> "JQL";
        };
    }

    static void writeSource(AoKeyResult row, ValueSource source) {
        row.setSourceKpiId(source instanceof ValueSource.Kpi k ? AoIds.key("KPI", k.kpiId().value()) : null);
        row.setSourceJql(source instanceof ValueSource.Jql j ? j.jql() : null);
        row.setSourceProjects(source instanceof ValueSource.Jql j ? AoProjectKeys.join(j.projects()) : null);
    }

    static ValueSource readSource(AoKeyResult row) {
        return switch (row.getSourceType()) {
            case "KPI" -> new ValueSource.Kpi(new KpiId(row.getSourceKpiId()));
            case "JQL" -> new ValueSource.Jql(row.getSourceJql(), AoProjectKeys.split(row.getSourceProjects()));
            default -> ValueSource.manual();
        };
    }

    private static List<MilestoneItem> readMilestones(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return JSON.readValue(json, MILESTONES).stream()
                    .map(m -> new MilestoneItem(m.title(), new Weight(m.weight()))).toList();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored milestones are not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write milestones as JSON", e);
        }
    }
}
