package dev.waypoint.jira.rest.export;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.waypoint.app.progress.OkrExport;
import dev.waypoint.app.progress.OkrExportQuery;
import dev.waypoint.checkin.CheckIn;
import dev.waypoint.cycle.Cycle;
import dev.waypoint.cycle.CycleId;
import dev.waypoint.jira.rest.Params;
import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.objective.ObjectiveId;
import dev.waypoint.shared.ProjectKey;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code /rest/waypoint/1.0/cycles/{cycleId}/export}: a cycle's OKRs with every check-in as a CSV file
 * ({@link OkrCsv}), optionally of one project only, read by core's {@link OkrExportQuery}: only the objectives the
 * caller may see, and no numbers from sources they may not see; four bulk reads plus the disclosure rule's, whatever
 * the size.
 */
@Path("/cycles/{cycleId}/export")
public class OkrExportResource {

    /** {@code text/csv} in UTF-8 (RFC 7111). */
    public static final String TEXT_CSV = "text/csv";

    private final OkrExportQuery query;
    private final Clock clock;

    @Inject
    public OkrExportResource(OkrExportQuery query, Clock clock) {
        this.query = query;
        this.clock = clock;
    }

    /**
     * <ul>
     *   <li>200 {@code text/csv} with {@code Content-Disposition: attachment; filename="waypoint-okrs-....csv"}</li>
     *   <li>400 {@code cycleId} is not an id; {@code project} is not a project key (JSON error answers)</li>
     *   <li>401 / 403 nobody logged in / no licence</li>
     *   <li>404 no such cycle</li>
     * </ul>
     */
    @GET
    @Produces(TEXT_CSV)
    @LicensedOnly
    public Response export(@PathParam("cycleId") String cycleId, @QueryParam("project") String project) {
        Params in = new Params(clock);
        Long id = in.id("cycleId", cycleId);
        ProjectKey projectKey = in.optionalProjectKey("project", project);
        in.throwIfAny();
        OkrExport export = query.export(new CycleId(id), projectKey);
        Cycle cycle = export.cycle();
        Map<ObjectiveId, List<KeyResult>> byObjective = OkrCsv.byObjective(export.keyResults());
        Map<KeyResultId, List<CheckIn>> byKeyResult = OkrCsv.byKeyResult(export.checkIns());
        StreamingOutput body = output -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            OkrCsv.write(writer, cycle, export.objectives(), byObjective, byKeyResult, export.hidden());
            writer.flush();
        };
        return Response.ok(body, TEXT_CSV + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName(cycle, projectKey) + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    /** {@code waypoint-okrs-q1-2026.csv}, {@code waypoint-okrs-q1-2026-team.csv}: ASCII letters, digits, dashes. */
    static String fileName(Cycle cycle, ProjectKey project) {
        String name = slug(cycle.name());
        String base = "waypoint-okrs-" + (name.isEmpty() ? "cycle-" + cycle.id() : name);
        return (project == null ? base : base + "-" + slug(project.value())) + ".csv";
    }

    private static String slug(String text) {
        String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.length() <= 60 ? slug : slug.substring(0, 60);
    }
}
