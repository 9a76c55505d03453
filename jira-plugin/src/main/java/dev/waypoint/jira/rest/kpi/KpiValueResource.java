package dev.waypoint.jira.rest.kpi;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.waypoint.jira.rest.Params;
import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiReadService;
import dev.waypoint.kpi.KpiValue;
import dev.waypoint.kpi.KpiValueService;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code /rest/waypoint/1.0/kpis/{id}/values}: a KPI's history, and the values of MANUAL KPIs, entered in the UI or
 * pushed by external feeds. Values are aggregates computed as the KPI's owner: only those who may see the KPI's scope
 * see them.
 */
@Path("/kpis/{id}/values")
@Produces(MediaType.APPLICATION_JSON)
public class KpiValueResource {

    private final KpiGuard guard;
    private final KpiReadService reads;
    private final KpiValueService values;
    private final KpiViews views;

    @Inject
    public KpiValueResource(KpiGuard guard, KpiReadService reads, KpiValueService values, KpiViews views) {
        this.guard = guard;
        this.reads = reads;
        this.values = values;
        this.views = views;
    }

    /**
     * The values recorded from {@code from} to {@code to} (ISO dates, both inclusive, in the server's time zone;
     * default the last 30 days; at most 366 days), oldest first, each with its health by the KPI's current bands.
     *
     * <ul>
     *   <li>200 a list of {@link KpiValueResponse}</li>
     *   <li>400 {@code id}, {@code from} or {@code to} malformed, {@code from} after {@code to}, more than 366
     *       days</li>
     *   <li>401 / 403 not logged in / no licence</li>
     *   <li>404 no such KPI, or the caller may not see it</li>
     * </ul>
     */
    @GET
    @LicensedOnly
    public List<KpiValueResponse> list(@PathParam("id") String id, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        Kpi kpi = guard.visibleKpi(id);
        Params in = guard.params();
        ValuePeriod period = ValuePeriod.parse(in, from, to, guard.clock());
        in.throwIfAny();
        return reads.history(guard.requireLicensed(), kpi.id(), period.from(), period.to()).stream()
                .map(value -> views.value(value, kpi.bands()))
                .toList();
    }

    /**
     * Records the value of a MANUAL KPI for {@code date} (not in the future), replacing the value of that date:
     * sending it twice leaves one value (idempotent). The KPI's managers may (its owner and the administrators of its
     * scope).
     *
     * <ul>
     *   <li>200 the stored {@link KpiValueResponse}</li>
     *   <li>400 {@code date} malformed or in the future, {@code value} missing or out of range, the KPI not MANUAL
     *       (field {@code source})</li>
     *   <li>401 / 403 not logged in / not allowed</li>
     *   <li>404 no such KPI, or the caller may not see it</li>
     *   <li>415 not JSON</li>
     * </ul>
     */
    @PUT
    @Path("/{date}")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public KpiValueResponse recordValue(@PathParam("id") String id, @PathParam("date") String date,
            KpiValueRequest body) {
        Kpi kpi = guard.visibleKpi(id);
        guard.requireManage(kpi);
        Params in = guard.params();
        LocalDate day = in.date("date", date);
        in.body(body);
        in.throwIfAny();
        Double value = in.number("value", body.value());
        in.throwIfAny();
        KpiValue stored = values.recordManual(kpi.id(), day, value);
        return views.value(stored, kpi.bands());
    }
}
