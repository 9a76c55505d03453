package dev.waypoint.app.kpi;

import dev.waypoint.access.AccessDeniedException;
import dev.waypoint.access.CurrentUser;
import dev.waypoint.access.KpiPermissions;
import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.shared.NotFoundException;
import dev.waypoint.shared.UserKey;
import java.util.Objects;
import java.util.Optional;

/**
 * The KPIs of one request, loaded once and only if the current user may see them ({@link VisibleKpis}: every scope
 * their values derive from, a composite's children included): a KPI the user may not see answers
 * {@link NotFoundException} exactly like a missing one (DESIGN §5). Every KPI use case starts here; the rules
 * themselves are {@link KpiPermissions}'.
 */
public final class KpiAccess {

    private final CurrentUser currentUser;
    private final VisibleKpis kpis;

    public KpiAccess(CurrentUser currentUser, VisibleKpis kpis) {
        this.currentUser = Objects.requireNonNull(currentUser, "'currentUser' must not be null");
        this.kpis = Objects.requireNonNull(kpis, "'kpis' must not be null");
    }

    /** The current user, empty for an anonymous request. */
    public Optional<UserKey> viewer() {
        return currentUser.key();
    }

    public KpiPermissions permissions() {
        return kpis.permissions();
    }

    /** The KPIs the viewer may see. */
    public VisibleKpis kpis() {
        return kpis;
    }

    /** @throws AccessDeniedException 401 for nobody, 403 for a user without licence */
    public UserKey requireLicensed() {
        return permissions().scopes().requireLicensed(viewer());
    }

    /**
     * The KPI, if the viewer may see it (one read, one more per level of composite nesting).
     *
     * @throws AccessDeniedException if nobody is logged in or the user has no licence
     * @throws NotFoundException     if it does not exist or the viewer may not see it
     */
    public Kpi kpi(KpiId id) {
        Objects.requireNonNull(id, "'id' must not be null");
        requireLicensed();
        return kpis.find(viewer(), id).orElseThrow(() -> new NotFoundException("KPI", id));
    }

    /**
     * Every stored KPI (one read) with those the viewer may see, for writes.
     *
     * @throws AccessDeniedException if nobody is logged in or the user has no licence
     */
    public KnownKpis everything() {
        requireLicensed();
        return kpis.everything(viewer());
    }

    /**
     * The KPI of {@code known}, if the viewer may see it.
     *
     * @throws NotFoundException if it does not exist or the viewer may not see it
     */
    public static Kpi visible(KnownKpis known, KpiId id) {
        return known.find(id).orElseThrow(() -> new NotFoundException("KPI", id));
    }

    /** The KPI as the viewer sees it, with what they may do with it. */
    public KpiView view(Kpi kpi) {
        return new KpiView(kpi, permissions().canManage(viewer(), kpi), permissions().canChangeJql(viewer(), kpi));
    }
}
