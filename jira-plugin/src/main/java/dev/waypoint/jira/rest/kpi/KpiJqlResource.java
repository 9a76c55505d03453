package dev.waypoint.jira.rest.kpi;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.waypoint.access.Scope;
import dev.waypoint.jira.rest.ErrorItem;
import dev.waypoint.jira.rest.Params;
import dev.waypoint.jira.rest.RestMessages;
import dev.waypoint.kpi.KpiSource;
import dev.waypoint.kpi.search.IssueSearch;
import dev.waypoint.shared.Limits;
import dev.waypoint.shared.ProjectKey;
import dev.waypoint.shared.UserKey;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /rest/waypoint/1.0/kpis/validate-jql}: Jira's verdict on a source's queries before the KPI is saved,
 * checked as the user the queries would run as (the would-be owner). Writes nothing.
 */
@Path("/kpis/validate-jql")
@Produces(MediaType.APPLICATION_JSON)
public class KpiJqlResource {

    private final KpiGuard guard;
    private final IssueSearch search;

    @Inject
    public KpiJqlResource(KpiGuard guard, IssueSearch search) {
        this.guard = guard;
        this.search = search;
    }

    /**
     * Checks the queries of {@code source} as {@code owner} (default: the caller). Checking as another user tells
     * what that user may see, so it is allowed to whoever may set that user's queries: the user themselves and Jira
     * administrators ({@code Permissions#canChangeKpiJql}), who may also see the KPI's scope.
     *
     * <ul>
     *   <li>200 {@link JqlValidationResponse}: {@code valid}, or Jira's messages on their fields</li>
     *   <li>400 a query is missing, too long or has control characters; the source has no type</li>
     *   <li>401 / 403 not logged in / not allowed</li>
     *   <li>415 not JSON</li>
     * </ul>
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public JqlValidationResponse validateJql(JqlValidationRequest body) {
        UserKey viewer = guard.requireLicensed();
        Params in = guard.params();
        in.body(body);
        in.throwIfAny();
        UserKey owner = KpiBodies.owner(in, body.owner(), viewer);
        ProjectKey project = in.optionalProjectKey("project", body.project());
        in.throwIfAny();
        guard.permissions().requireChangeKpiJql(guard.viewer(), Scope.of(project), owner);
        if (body.source() == null) {
            in.add(RestMessages.error("source", RestMessages.REQUIRED));
        }
        KpiSource source = KpiBodies.source(in, body.source());
        in.throwIfAny();
        Map<String, String> queries = KpiBodies.queries(source);
        queries.forEach((field, jql) -> {
            if (jql == null || jql.isBlank()) {
                in.add(RestMessages.error(field, RestMessages.REQUIRED));
            } else {
                in.optionalText(field, jql, Limits.JQL);
            }
        });
        in.throwIfAny();
        List<ErrorItem> errors = new ArrayList<>();
        queries.forEach((field, jql) -> search.validate(jql, owner)
                .forEach(message -> errors.add(new ErrorItem(field, message))));
        return new JqlValidationResponse(errors.isEmpty(), errors);
    }
}
