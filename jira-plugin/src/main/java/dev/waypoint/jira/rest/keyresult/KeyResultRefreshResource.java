package dev.waypoint.jira.rest.keyresult;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.waypoint.app.okr.RefreshingKeyResult;
import dev.waypoint.jira.rest.Params;
import dev.waypoint.jira.rest.kpi.KpiViews;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.refresh.KeyResultRefreshNow;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code POST /rest/waypoint/1.0/key-results/{keyResultId}/refresh}: "refresh now" of a key result bound to a KPI, a
 * JQL count or linked issues, evaluated at once as the refresh job would and stored ({@link RefreshingKeyResult}; a
 * refresh of the last minute with the same inputs stands). Parses, calls the use case and maps.
 */
@Path("/key-results/{keyResultId}/refresh")
@Produces(MediaType.APPLICATION_JSON)
public class KeyResultRefreshResource {

    private final RefreshingKeyResult refreshing;
    private final KpiViews views;

    @Inject
    public KeyResultRefreshResource(RefreshingKeyResult refreshing, KpiViews views) {
        this.refreshing = refreshing;
        this.views = views;
    }

    /**
     * Evaluates the key result now. Whoever may check in on it may.
     *
     * <ul>
     *   <li>200 {@link KeyResultRefreshResponse}: evaluated now, a refresh of the last minute that stands, or not
     *   refreshed (its cycle has not started or is closed); with the reason when the evaluation failed</li>
     *   <li>400 its values come from check-ins (field {@code source}), or {@code keyResultId} is not an id</li>
     *   <li>401 / 403 not logged in / may not check in on it</li>
     *   <li>404 no such key result, or the caller may not see it</li>
     * </ul>
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public KeyResultRefreshResponse refresh(@PathParam("keyResultId") String keyResultId) {
        KeyResultRefreshNow.Outcome outcome = refreshing.refresh(new KeyResultId(
                Params.requireId("keyResultId", keyResultId)));
        return new KeyResultRefreshResponse(outcome.result(), outcome.at(),
                outcome.error() == null ? null : views.error(outcome.error()));
    }
}
