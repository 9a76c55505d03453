package dev.waypoint.refresh;

import dev.waypoint.initiative.Initiative;
import dev.waypoint.initiative.InitiativeRepository;
import dev.waypoint.issue.IssueId;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.keyresult.Measure;
import dev.waypoint.keyresult.ValueSource;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.kpi.KpiValue;
import dev.waypoint.kpi.KpiValueRepository;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Loads in bulk what the due key results of a run need: their linked issues (one read) and the latest values of the
 * KPIs they are bound to (one read).
 */
public final class KeyResultInputs {

    /** The loaded inputs. */
    record Loaded(Map<KeyResultId, List<IssueId>> linkedIssues, Map<KpiId, KpiValue> kpiValues) {

        List<IssueId> linkedTo(KeyResultId id) {
            return linkedIssues.getOrDefault(id, List.of());
        }
    }

    private final InitiativeRepository initiatives;
    private final KpiValueRepository kpiValues;

    public KeyResultInputs(InitiativeRepository initiatives, KpiValueRepository kpiValues) {
        this.initiatives = Objects.requireNonNull(initiatives, "'initiatives' must not be null");
        this.kpiValues = Objects.requireNonNull(kpiValues, "'kpiValues' must not be null");
    }

    Loaded load(Collection<RefreshableKeyResult> due) {
        List<KeyResultId> issueBased = due.stream()
                .filter(t -> t.keyResult().measure() instanceof Measure.Issues)
                .map(t -> t.keyResult().id()).toList();
        List<KpiId> kpis = due.stream()
                .filter(t -> t.keyResult().source() instanceof ValueSource.Kpi)
                .map(t -> ((ValueSource.Kpi) t.keyResult().source()).kpiId()).distinct().toList();
        Map<KeyResultId, List<IssueId>> linked = issueBased.isEmpty() ? Map.of()
                : initiatives.findByKeyResultIds(issueBased).stream().collect(Collectors.groupingBy(
                        Initiative::keyResultId, Collectors.mapping(Initiative::issueId, Collectors.toList())));
        return new Loaded(linked, kpis.isEmpty() ? Map.of() : kpiValues.findLatest(kpis));
    }
}
