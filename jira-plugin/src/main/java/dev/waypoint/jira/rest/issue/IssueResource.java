package dev.waypoint.jira.rest.issue;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.waypoint.app.progress.IssuePanelQuery;
import dev.waypoint.jira.rest.Params;
import dev.waypoint.jira.rest.objective.IssueKeys;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;

/**
 * {@code /rest/waypoint/1.0/issues/{issueKey}}: an issue as Waypoint sees it and the issue panel's read model (DESIGN
 * §4), read by core's {@link IssuePanelQuery} as the caller: an issue they may not see answers 404, key results they
 * may not see are left out and numbers from sources they may not see are not given.
 */
@Path("/issues/{issueKey}")
@Produces(MediaType.APPLICATION_JSON)
public class IssueResource {

    private final IssuePanelQuery query;
    private final Clock clock;

    @Inject
    public IssueResource(IssuePanelQuery query, Clock clock) {
        this.query = query;
        this.clock = clock;
    }

    /**
     * <ul>
     *   <li>200 {@link IssueResponse}</li>
     *   <li>400 {@code issueKey} is not an issue key</li>
     *   <li>401 / 403 nobody logged in / no licence</li>
     *   <li>404 no such issue, or the caller may not see it</li>
     * </ul>
     */
    @GET
    @LicensedOnly
    public IssueResponse issue(@PathParam("issueKey") String issueKey) {
        return IssueResponse.of(query.issue(key(issueKey)));
    }

    /**
     * The issue panel, in one request: the key results the issue drives directly or through its epic, with progress
     * and pace, and what the caller may do.
     *
     * <ul>
     *   <li>200 {@link IssuePanelResponse}</li>
     *   <li>400 {@code issueKey} is not an issue key</li>
     *   <li>401 / 403 nobody logged in / no licence</li>
     *   <li>404 no such issue, or the caller may not see it</li>
     * </ul>
     */
    @GET
    @Path("/key-results")
    @LicensedOnly
    public IssuePanelResponse keyResults(@PathParam("issueKey") String issueKey) {
        return IssuePanelResponse.of(query.panel(key(issueKey)));
    }

    private String key(String issueKey) {
        Params in = new Params(clock);
        String key = IssueKeys.parse(in, "issueKey", issueKey);
        in.throwIfAny();
        return key;
    }
}
