package dev.waypoint.jira.rest.kpi;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.waypoint.app.kpi.KpiReading;
import dev.waypoint.app.kpi.RefreshingKpi;
import dev.waypoint.jira.rest.Params;
import dev.waypoint.kpi.KpiId;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code POST /rest/waypoint/1.0/kpis/{id}/refresh}: "refresh now" of one KPI, evaluated at once as the refresh job
 * would (its queries run as the KPI's owner, a composite combines its children's latest values) and recorded as its
 * newest value, or as an error value when Jira refuses a query ({@link RefreshingKpi}).
 */
@Path("/kpis/{id}/refresh")
@Produces(MediaType.APPLICATION_JSON)
public class KpiRefreshResource {

    private final RefreshingKpi refreshing;
    private final KpiViews views;

    @Inject
    public KpiRefreshResource(RefreshingKpi refreshing, KpiViews views) {
        this.refreshing = refreshing;
        this.views = views;
    }

    /**
     * Evaluates the KPI now. Its owner and the administrators of its scope may (as for every change of the KPI).
     *
     * <ul>
     *   <li>200 the new {@link KpiValueResponse} (a value, or an error saying why there is none), or the value of a
     *   refresh less than a minute ago</li>
     *   <li>400 the KPI is MANUAL (field {@code source}), or {@code id} is not an id</li>
     *   <li>401 / 403 not logged in / not allowed</li>
     *   <li>404 no such KPI, or the caller may not see it</li>
     * </ul>
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public KpiValueResponse refresh(@PathParam("id") String id) {
        KpiReading reading = refreshing.refresh(new KpiId(Params.requireId("id", id)));
        return views.value(reading.value(), reading.kpi().bands());
    }
}
