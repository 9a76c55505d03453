package dev.waypoint.jira.rest.kpi;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.waypoint.app.kpi.ValidatingKpiJql;
import dev.waypoint.jira.rest.Params;
import dev.waypoint.kpi.KpiSource;
import dev.waypoint.shared.ProjectKey;
import dev.waypoint.shared.UserKey;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;

/**
 * {@code POST /rest/waypoint/1.0/kpis/validate-jql}: Jira's verdict on a source's queries before the KPI is saved,
 * checked as the user the queries would run as (the would-be owner), with the number of issues one query matches now
 * (one JQL search). Writes nothing. Parses, calls {@link ValidatingKpiJql} and maps.
 */
@Path("/kpis/validate-jql")
@Produces(MediaType.APPLICATION_JSON)
public class KpiJqlResource {

    private final ValidatingKpiJql validating;
    private final Clock clock;

    @Inject
    public KpiJqlResource(ValidatingKpiJql validating, Clock clock) {
        this.validating = validating;
        this.clock = clock;
    }

    /**
     * Checks the queries of {@code source} as {@code owner} (default: the caller). Checking as another user tells
     * what that user may see, so it is allowed to whoever may set that user's queries: the user themselves and Jira
     * administrators, who may also see the KPI's scope.
     *
     * <ul>
     *   <li>200 {@link JqlValidationResponse}: {@code valid} with the live count of the query named by
     *   {@code count} (default the first), or Jira's messages on their fields</li>
     *   <li>400 a query is missing, too long or has control characters; the source has no type</li>
     *   <li>401 / 403 not logged in / not allowed</li>
     *   <li>415 not JSON</li>
     * </ul>
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public JqlValidationResponse validateJql(JqlValidationRequest body) {
        Params in = new Params(clock);
        in.body(body);
        in.throwIfAny();
        UserKey owner = in.optionalUserKey("owner", body.owner());
        ProjectKey project = in.optionalProjectKey("project", body.project());
        KpiSource source = KpiBodies.source(in, body.source());
        in.throwIfAny();
        return JqlValidationResponse.of(validating.validate(owner, project, source, body.count()));
    }
}
