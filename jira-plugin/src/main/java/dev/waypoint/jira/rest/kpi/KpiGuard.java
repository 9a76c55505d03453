package dev.waypoint.jira.rest.kpi;

import dev.waypoint.access.AccessDeniedException;
import dev.waypoint.access.CurrentUser;
import dev.waypoint.access.Permissions;
import dev.waypoint.access.Scope;
import dev.waypoint.jira.rest.Params;
import dev.waypoint.kpi.Kpi;
import dev.waypoint.shared.UserKey;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What the resources not yet moved to core's use cases (insights, admin settings, the OKR-progress dashboard item)
 * still take from the REST layer: who the caller is and core's {@link Permissions}. The KPI resources no longer use
 * it: their rules are core's ({@code dev.waypoint.app.kpi}). It goes when those resources move too.
 */
@Component
public class KpiGuard {

    private final CurrentUser currentUser;
    private final Permissions permissions;
    private final Clock clock;

    @Inject
    public KpiGuard(CurrentUser currentUser, Permissions permissions, Clock clock) {
        this.currentUser = Objects.requireNonNull(currentUser, "'currentUser' must not be null");
        this.permissions = Objects.requireNonNull(permissions, "'permissions' must not be null");
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
}
