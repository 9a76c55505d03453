package dev.waypoint.jira.rest.kpi;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.waypoint.app.kpi.KpiHistory;
import dev.waypoint.app.kpi.KpiValuesQuery;
import dev.waypoint.jira.rest.Params;
import dev.waypoint.kpi.KpiId;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

/**
 * {@code GET /rest/waypoint/1.0/kpis/{id}/values.csv}: a KPI's values of a period as a CSV file ({@link KpiValuesCsv}),
 * for spreadsheets and BI tools. Same visibility and period as {@code GET /kpis/{id}/values} (core's
 * {@link KpiValuesQuery}); this resource only writes the rows it answers as CSV.
 */
@Path("/kpis/{id}/values.csv")
public class KpiValuesCsvResource {

    /** {@code text/csv} (RFC 7111), sent in UTF-8. */
    public static final String TEXT_CSV = "text/csv";

    private final KpiValuesQuery values;
    private final KpiViews views;
    private final Clock clock;

    @Inject
    public KpiValuesCsvResource(KpiValuesQuery values, KpiViews views, Clock clock) {
        this.values = values;
        this.views = views;
        this.clock = clock;
    }

    /**
     * <ul>
     *   <li>200 {@code text/csv} with {@code Content-Disposition: attachment; filename="waypoint-kpi-<id>-values.csv"}
     *   </li>
     *   <li>400 {@code id}, {@code from} or {@code to} malformed, {@code from} after {@code to}, more than 366 days
     *       (JSON error answers)</li>
     *   <li>401 / 403 not logged in / no licence</li>
     *   <li>404 no such KPI, or the caller may not see it</li>
     * </ul>
     */
    @GET
    @Produces(TEXT_CSV)
    @LicensedOnly
    public Response export(@PathParam("id") String id, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        KpiId kpiId = new KpiId(Params.requireId("id", id));
        Params in = new Params(clock);
        LocalDate first = in.optionalDate("from", from);
        LocalDate last = in.optionalDate("to", to);
        in.throwIfAny();
        KpiHistory history = values.values(kpiId, first, last);
        StreamingOutput body = output -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            KpiValuesCsv.write(writer, history.kpi(), history.values(), clock.getZone(), views);
            writer.flush();
        };
        return Response.ok(body, TEXT_CSV + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"waypoint-kpi-" + kpiId + "-values.csv\"")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
