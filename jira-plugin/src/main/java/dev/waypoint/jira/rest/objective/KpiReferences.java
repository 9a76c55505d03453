package dev.waypoint.jira.rest.objective;

import dev.waypoint.access.Permissions;
import dev.waypoint.access.Scope;
import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.kpi.KpiRepository;
import dev.waypoint.shared.FieldError;
import dev.waypoint.shared.InvalidInputException;
import dev.waypoint.shared.UserKey;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The KPIs an objective or a key result may name: those that exist and that the caller may see (DESIGN §5). A key
 * result measured by a KPI shows that KPI's values to everybody who sees the key result, and an alignment shows the
 * KPI's name, so naming a KPI the caller cannot see would leak it. A missing and an invisible KPI get the same
 * message, so the answer does not tell whether an invisible KPI exists. One query for all the ids.
 */
@Component
public class KpiReferences {

    private final KpiRepository kpis;
    private final Permissions permissions;

    @Inject
    public KpiReferences(KpiRepository kpis, Permissions permissions) {
        this.kpis = Objects.requireNonNull(kpis, "'kpis' must not be null");
        this.permissions = Objects.requireNonNull(permissions, "'permissions' must not be null");
    }

    /**
     * @throws InvalidInputException with an error on {@code field} for each of {@code ids} the viewer may not name;
     *                               nothing for none
     */
    public void require(Optional<UserKey> viewer, String field, Collection<KpiId> ids) {
        if (ids == null || ids.isEmpty()) {
            return;
        }
        Set<KpiId> seen = kpis.findByIds(ids).stream()
                .filter(kpi -> permissions.canView(viewer, Scope.of(kpi.project())))
                .map(Kpi::id)
                .collect(Collectors.toSet());
        List<FieldError> errors = new TreeSet<>(ids.stream().map(KpiId::value).toList()).stream()
                .filter(id -> !seen.contains(new KpiId(id)))
                .map(id -> OkrRestMessages.error(field, OkrRestMessages.KPI_UNKNOWN, id))
                .toList();
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
