package dev.waypoint.jira.rest.insight;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.waypoint.app.insight.InsightsQuery;
import dev.waypoint.insight.Insights;
import dev.waypoint.jira.rest.Params;
import dev.waypoint.jira.rest.Translator;
import dev.waypoint.shared.ProjectKey;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.util.List;

/**
 * {@code /rest/waypoint/1.0/insights}: what no competitor does (DESIGN §3 "Insights"), for a project or for the
 * company, computed by core's {@link Insights} over a snapshot read in a fixed number of queries
 * ({@link InsightSnapshotLoader}). Reads stored data only, never JQL.
 */
@Path("/insights")
@Produces(MediaType.APPLICATION_JSON)
public class InsightResource {

    private final InsightsQuery query;
    private final Translator translator;
    private final Clock clock;

    @Inject
    public InsightResource(InsightsQuery query, Translator translator, Clock clock) {
        this.query = query;
        this.translator = translator;
        this.clock = clock;
    }

    /**
     * The insights of a project's KPIs and OKRs, or, without {@code project}, of the company's (global KPIs and
     * objectives without a project), ordered by type. An insight only ever names items of that scope, which the
     * caller may see.
     *
     * <ul>
     *   <li>200 a list of {@link InsightResponse}</li>
     *   <li>400 {@code project} is not a project key</li>
     *   <li>401 not logged in; 403 no licence, or may not see the scope</li>
     * </ul>
     */
    @GET
    @LicensedOnly
    public List<InsightResponse> list(@QueryParam("project") String project) {
        Params in = new Params(clock);
        ProjectKey key = in.optionalProjectKey("project", project);
        in.throwIfAny();
        return query.list(key).stream().map(insight -> InsightResponse.of(insight, translator)).toList();
    }
}
