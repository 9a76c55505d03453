package dev.waypoint.app.page;

import dev.waypoint.access.Scope;
import dev.waypoint.app.dashboard.BrowsableProjects;
import dev.waypoint.app.dashboard.ProjectChoice;
import dev.waypoint.app.kpi.DrillDown;
import dev.waypoint.app.kpi.KnownKpis;
import dev.waypoint.app.kpi.KpiAccess;
import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiCard;
import dev.waypoint.kpi.KpiReadService;
import dev.waypoint.shared.ProjectKey;
import dev.waypoint.shared.UserKey;
import dev.waypoint.shared.UserNames;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A KPI page's list: a project's KPIs, or, without a project, the directory of every KPI the viewer may see (DESIGN
 * §4 "KPI pages"), each with its latest value, health, trend, the values of the last {@value #DAYS} days for a
 * sparkline, its owner's name, the queries behind its value and whether the viewer may manage it; and where the
 * viewer may create a KPI. Reads stored values only, never JQL (DESIGN §6), in a fixed number of statements whatever
 * the number of KPIs: every KPI (one read), their values (one read, one more for KPIs without a recent value); names,
 * projects and permissions come from the platform.
 */
public final class KpiListQuery {

    /** Days of values each row shows as a sparkline. */
    public static final int DAYS = 30;

    private final KpiAccess access;
    private final KpiReadService reads;
    private final UserNames names;
    private final BrowsableProjects projects;

    public KpiListQuery(KpiAccess access, KpiReadService reads, UserNames names, BrowsableProjects projects) {
        this.access = Objects.requireNonNull(access, "'access' must not be null");
        this.reads = Objects.requireNonNull(reads, "'reads' must not be null");
        this.names = Objects.requireNonNull(names, "'names' must not be null");
        this.projects = Objects.requireNonNull(projects, "'projects' must not be null");
    }

    /**
     * @param project a project's KPIs; {@code null} for the directory of every KPI the viewer may see
     * @throws dev.waypoint.access.AccessDeniedException 401 / 403 not logged in, no licence, or may not see the
     *                                                   project
     */
    public KpiList list(ProjectKey project) {
        UserKey viewer = access.requireLicensed();
        Optional<UserKey> who = access.viewer();
        if (project != null) {
            access.permissions().scopes().requireView(who, Scope.project(project));
        }
        KnownKpis known = access.kpis().everything(who);
        List<Kpi> shown = known.visible().stream()
                .filter(kpi -> project == null || project.equals(kpi.project()))
                .map(known::asSeen)
                .toList();
        List<KpiCard> cards = reads.cards(shown, DAYS);
        Map<UserKey, String> ownerNames = names.displayNames(shown.stream().map(Kpi::owner).distinct().toList());
        List<KpiList.Entry> entries = cards.stream().map(card -> new KpiList.Entry(card,
                ownerNames.getOrDefault(card.kpi().owner(), card.kpi().owner().value()),
                DrillDown.of(card.kpi().source()), access.permissions().canManage(who, card.kpi()))).toList();
        List<ProjectChoice> candidates = project != null ? List.of(new ProjectChoice(project, null))
                : projects.browsableBy(viewer);
        List<ProjectChoice> createIn = candidates.stream().distinct()
                .filter(p -> access.permissions().canCreate(who, Scope.project(p.key()), viewer))
                .sorted(Comparator.comparing((ProjectChoice p) -> p.name().toLowerCase(Locale.ROOT))
                        .thenComparing(p -> p.key().value()))
                .toList();
        boolean global = project == null && access.permissions().canCreate(who, Scope.COMPANY, viewer);
        return new KpiList(project, entries, createIn, global);
    }
}
