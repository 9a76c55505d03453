package dev.waypoint.jira.rest.kpi;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.waypoint.app.kpi.DeletingKpiValue;
import dev.waypoint.app.kpi.KpiHistory;
import dev.waypoint.app.kpi.KpiReading;
import dev.waypoint.app.kpi.KpiValuesQuery;
import dev.waypoint.app.kpi.RecordingKpiValue;
import dev.waypoint.jira.rest.Params;
import dev.waypoint.kpi.KpiId;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code /rest/waypoint/1.0/kpis/{id}/values}: a KPI's history, and the values of MANUAL KPIs, entered in the UI or
 * pushed by external feeds. Values are aggregates computed as the KPI's owner: only those who may see every scope they
 * derive from see them (core's {@link KpiValuesQuery} and {@link RecordingKpiValue} decide).
 */
@Path("/kpis/{id}/values")
@Produces(MediaType.APPLICATION_JSON)
public class KpiValueResource {

    private final KpiValuesQuery values;
    private final RecordingKpiValue recording;
    private final DeletingKpiValue deleting;
    private final KpiViews views;
    private final Clock clock;

    @Inject
    public KpiValueResource(KpiValuesQuery values, RecordingKpiValue recording, DeletingKpiValue deleting,
            KpiViews views, Clock clock) {
        this.values = values;
        this.recording = recording;
        this.deleting = deleting;
        this.views = views;
        this.clock = clock;
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
        KpiId kpiId = new KpiId(Params.requireId("id", id));
        Params in = new Params(clock);
        LocalDate first = in.optionalDate("from", from);
        LocalDate last = in.optionalDate("to", to);
        in.throwIfAny();
        KpiHistory history = values.values(kpiId, first, last);
        return history.values().stream().map(value -> views.value(value, history.kpi().bands())).toList();
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
        KpiId kpiId = new KpiId(Params.requireId("id", id));
        Params in = new Params(clock);
        LocalDate day = in.date("date", date);
        in.body(body);
        in.throwIfAny();
        Double value = in.number("value", body.value());
        in.throwIfAny();
        KpiReading stored = recording.record(kpiId, day, value);
        return views.value(stored.value(), stored.kpi().bands());
    }

    /**
     * Deletes the value of a MANUAL KPI for {@code date} (one entered by mistake); its latest value becomes the one
     * before. Deleting a date without a value is harmless. The KPI's managers may, as for recording it.
     *
     * <ul>
     *   <li>204 deleted, or there was none</li>
     *   <li>400 {@code id} or {@code date} malformed, the KPI not MANUAL (field {@code source})</li>
     *   <li>401 / 403 not logged in / not allowed</li>
     *   <li>404 no such KPI, or the caller may not see it</li>
     * </ul>
     */
    @DELETE
    @Path("/{date}")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response deleteValue(@PathParam("id") String id, @PathParam("date") String date) {
        KpiId kpiId = new KpiId(Params.requireId("id", id));
        Params in = new Params(clock);
        LocalDate day = in.date("date", date);
        in.throwIfAny();
        deleting.delete(kpiId, day);
        return Response.noContent().build();
    }
}
