package dev.waypoint.app.okr;

import dev.waypoint.app.AppMessages;
import dev.waypoint.app.kpi.VisibleKpis;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.shared.FieldError;
import dev.waypoint.shared.InvalidInputException;
import dev.waypoint.shared.UserKey;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The KPIs an objective or a key result may name: those that exist and whose values the viewer may see (DESIGN §5).
 * A key result measured by a KPI shows that KPI's values, and an alignment shows the KPI's name, so naming a KPI the
 * viewer cannot see would leak it. A missing and an invisible KPI get the same message, so the answer does not tell
 * whether an invisible KPI exists.
 */
public final class KpiReferences {

    private final VisibleKpis kpis;

    public KpiReferences(VisibleKpis kpis) {
        this.kpis = Objects.requireNonNull(kpis, "'kpis' must not be null");
    }

    /** Of {@code ids}, those the viewer may see (one read, whatever their number; none for none). */
    public Set<KpiId> visible(Optional<UserKey> viewer, Collection<KpiId> ids) {
        return ids.isEmpty() ? Set.of() : kpis.find(viewer, ids).keySet();
    }

    /**
     * @throws InvalidInputException with an error on {@code field} for each of {@code ids} the viewer may not name;
     *                               nothing for none
     */
    public void require(Optional<UserKey> viewer, String field, Collection<KpiId> ids) {
        if (ids == null || ids.isEmpty()) {
            return;
        }
        Map<KpiId, ?> seen = kpis.find(viewer, ids);
        List<FieldError> errors = new TreeSet<>(ids.stream().map(KpiId::value).toList()).stream()
                .filter(id -> !seen.containsKey(new KpiId(id)))
                .map(id -> AppMessages.CATALOG.invalid(field, AppMessages.KPI_UNKNOWN, id).errors().get(0))
                .toList();
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
