package dev.waypoint.app.kpi;

import dev.waypoint.access.Scope;
import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiDefaults;
import dev.waypoint.kpi.KpiDefinition;
import dev.waypoint.kpi.KpiNaming;
import dev.waypoint.kpi.KpiService;
import dev.waypoint.shared.UserKey;
import java.util.Objects;

/**
 * Creates a KPI. Its owner defaults to the viewer and its refresh interval to the admin's default. The viewer must be
 * allowed to create a KPI of its scope with its owner (in a project its owner or the project's administrators,
 * globally the company managers; in both cases only the owner or a Jira administrator, as its queries run as the
 * owner: {@code KpiPermissions#canCreate}); its parent and a composite's children must be KPIs the viewer sees. Reads
 * every stored KPI once (for references, loops and visibility), validates everything, then writes one row.
 */
public final class CreatingKpi {

    private final KpiAccess access;
    private final KpiService kpis;
    private final KpiDefaults defaults;

    public CreatingKpi(KpiAccess access, KpiService kpis, KpiDefaults defaults) {
        this.access = Objects.requireNonNull(access, "'access' must not be null");
        this.kpis = Objects.requireNonNull(kpis, "'kpis' must not be null");
        this.defaults = Objects.requireNonNull(defaults, "'defaults' must not be null");
    }

    /**
     * @param input the definition; {@code owner} and {@code refreshMinutes} may be left out
     * @throws dev.waypoint.access.AccessDeniedException 401 / 403 not logged in, or may not create it there
     * @throws dev.waypoint.shared.InvalidInputException every bad field, including Jira's verdict on the queries
     *                                                   (checked as the owner) and KPIs the viewer may not name
     */
    public KpiView create(KpiDefinition input) {
        Objects.requireNonNull(input, "'input' must not be null");
        UserKey viewer = access.requireLicensed();
        KpiDefinition definition = input.orDefaults(viewer, defaults.refreshMinutes());
        access.permissions().requireCreate(access.viewer(), Scope.of(definition.project()), definition.owner());
        KnownKpis known = access.kpis().everything(access.viewer());
        Kpi created = kpis.create(viewer, definition, known.stored(), KpiNaming.byAuthor(known::isVisible));
        return access.view(created);
    }
}
