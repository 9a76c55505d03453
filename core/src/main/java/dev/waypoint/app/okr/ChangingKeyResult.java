package dev.waypoint.app.okr;

import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.keyresult.KeyResultLookup;
import dev.waypoint.keyresult.KeyResultService;
import dev.waypoint.keyresult.UpdateKeyResult;
import dev.waypoint.keyresult.ValueSource;
import dev.waypoint.keyresult.ValueSourceSpec;
import dev.waypoint.keyresult.ValueSourceType;
import dev.waypoint.refresh.KeyResultRefreshNow;
import java.util.List;
import java.util.Objects;

/**
 * Replaces every editable field of a key result; its owner, its objective's owner and whoever may change the
 * objective may. A JQL source that is new, changed or given to another owner is set like a KPI's JQL; a KPI source
 * newly naming a KPI must name one the viewer may see (the KPI it already had stays). A key result bound to a KPI or
 * a JQL count is evaluated at once after the change ({@link KeyResultRefreshNow}).
 */
public final class ChangingKeyResult {

    private final OkrAccess access;
    private final KeyResultViews views;
    private final KpiReferences kpis;
    private final KeyResultService keyResults;
    private final KeyResultRefreshNow refreshNow;

    public ChangingKeyResult(OkrAccess access, KeyResultViews views, KpiReferences kpis,
            KeyResultService keyResults, KeyResultRefreshNow refreshNow) {
        this.access = Objects.requireNonNull(access, "'access' must not be null");
        this.views = Objects.requireNonNull(views, "'views' must not be null");
        this.kpis = Objects.requireNonNull(kpis, "'kpis' must not be null");
        this.keyResults = Objects.requireNonNull(keyResults, "'keyResults' must not be null");
        this.refreshNow = Objects.requireNonNull(refreshNow, "'refreshNow' must not be null");
    }

    /**
     * @throws dev.waypoint.shared.InvalidInputException every bad field; a KPI the viewer may not name
     * @throws dev.waypoint.access.AccessDeniedException may not change it or its JQL
     * @throws dev.waypoint.shared.NotFoundException     no such key result, or invisible
     * @throws dev.waypoint.shared.ConflictException     changed since {@code version}, or its cycle is closed
     */
    public KeyResultView change(UpdateKeyResult command) {
        KeyResultLookup.Found found = access.keyResult(command.id());
        KeyResult existing = found.keyResult();
        access.permissions().requireEdit(access.viewer(), found.objective(), existing);
        ValueSourceSpec source = command.source();
        if (changesJql(existing, command)) {
            access.permissions().requireSetJql(access.viewer(), found.objective(), command.owner());
        }
        if (source != null && source.type() == ValueSourceType.KPI && source.kpiId() != null
                && !(existing.source() instanceof ValueSource.Kpi kpi && kpi.kpiId().equals(source.kpiId()))) {
            kpis.require(access.viewer(), "source.kpiId", List.of(source.kpiId()));
        }
        KeyResult updated = keyResults.update(found, command);
        if (!(updated.source() instanceof ValueSource.Manual)) {
            refreshNow.refresh(updated, found.objective(), found.cycle());
        }
        return views.of(new KeyResultLookup.Found(updated, found.objective(), found.cycle()));
    }

    /** A JQL source that is new, changed, or given to another owner. */
    private static boolean changesJql(KeyResult existing, UpdateKeyResult command) {
        ValueSourceSpec source = command.source();
        if (source == null || source.type() != ValueSourceType.JQL) {
            return false;
        }
        return !(existing.source() instanceof ValueSource.Jql jql) || !jql.jql().equals(source.jql())
                || !Objects.equals(existing.owner(), command.owner());
    }
}
