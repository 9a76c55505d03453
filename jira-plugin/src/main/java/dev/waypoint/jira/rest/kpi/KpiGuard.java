package dev.waypoint.jira.rest.kpi;

import dev.waypoint.access.AccessDeniedException;
import dev.waypoint.access.CurrentUser;
import dev.waypoint.access.Permissions;
import dev.waypoint.access.Scope;
import dev.waypoint.jira.rest.Params;
import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.kpi.KpiReadService;
import dev.waypoint.shared.NotFoundException;
import dev.waypoint.shared.UserKey;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The security model of DESIGN §5 applied to KPIs, for every KPI resource: who the caller is, which KPI they may see
 * (an invisible KPI answers 404 like a missing one) and who may manage it. The rules themselves are
 * {@link Permissions}'; a KPI's scope is its project, or the company for a global KPI.
 */
@Component
public class KpiGuard {

    private final CurrentUser currentUser;
    private final Permissions permissions;
    private final KpiReadService reads;
    private final Clock clock;

    @Inject
    public KpiGuard(CurrentUser currentUser, Permissions permissions, KpiReadService reads, Clock clock) {
        this.currentUser = Objects.requireNonNull(currentUser, "'currentUser' must not be null");
        this.permissions = Objects.requireNonNull(permissions, "'permissions' must not be null");
        this.reads = Objects.requireNonNull(reads, "'reads' must not be null");
        this.clock = Objects.requireNonNull(clock, "'clock' must not be null");
    }

    public static Scope scopeOf(Kpi kpi) {
        return Scope.of(kpi.project());
    }

    public Optional<UserKey> viewer() {
        return currentUser.key();
    }

    public Permissions permissions() {
        return permissions;
    }

    public Clock clock() {
        return clock;
    }

    /** A new parser for one request's parameters and body, on the app's clock. */
    public Params params() {
        return new Params(clock);
    }

    /** @throws AccessDeniedException 401 for nobody, 403 for a user without licence */
    public UserKey requireLicensed() {
        return permissions.requireLicensed(viewer());
    }

    /**
     * The KPI of the path parameter {@code id}, if the caller may see it.
     *
     * @throws AccessDeniedException 401 / 403 if nobody is logged in or the user has no licence
     * @throws dev.waypoint.shared.InvalidInputException 400 if {@code rawId} is not an id
     * @throws NotFoundException     404 if there is no such KPI or the caller may not see it
     */
    public Kpi visibleKpi(String rawId) {
        UserKey viewer = requireLicensed();
        KpiId id = new KpiId(Params.requireId("id", rawId));
        return reads.find(viewer, id).orElseThrow(() -> new NotFoundException("KPI", id));
    }

    /** As {@link #visibleKpi(String)} for an id already parsed. */
    public Kpi visibleKpi(KpiId id) {
        UserKey viewer = requireLicensed();
        return reads.find(viewer, id).orElseThrow(() -> new NotFoundException("KPI", id));
    }

    /** Whether the caller may change the KPI's definition, record its values, refresh or delete it. */
    public boolean canManage(Kpi kpi) {
        return permissions.canManageKpi(viewer(), scopeOf(kpi), kpi.owner());
    }

    /** Whether the caller may change the KPI's JQL or its owner (the owner and Jira administrators). */
    public boolean canChangeJql(Kpi kpi) {
        return permissions.canChangeKpiJql(viewer(), scopeOf(kpi), kpi.owner());
    }

    /** @throws AccessDeniedException 403 unless {@link #canManage} */
    public void requireManage(Kpi kpi) {
        permissions.requireManageKpi(viewer(), scopeOf(kpi), kpi.owner());
    }
}
