package dev.waypoint.jira.rest.issue;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.waypoint.access.Scope;
import dev.waypoint.issue.IssueDirectory;
import dev.waypoint.issue.IssueRef;
import dev.waypoint.jira.rest.Params;
import dev.waypoint.jira.rest.objective.IssueKeys;
import dev.waypoint.jira.rest.objective.OkrGuard;
import dev.waypoint.shared.NotFoundException;
import dev.waypoint.shared.UserKey;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.util.Optional;

/**
 * {@code /rest/waypoint/1.0/issues/{issueKey}}: a Jira issue as Waypoint sees it for the caller (the link dialog
 * checks a typed key with it), and the issue panel's read model. An issue the caller may not browse answers 404
 * like one that does not exist.
 */
@Path("/issues/{issueKey}")
@Produces(MediaType.APPLICATION_JSON)
public class IssueResource {

    private final OkrGuard guard;
    private final IssueDirectory issues;
    private final IssuePanelReader panel;
    private final Clock clock;

    @Inject
    public IssueResource(OkrGuard guard, IssueDirectory issues, IssuePanelReader panel, Clock clock) {
        this.guard = guard;
        this.issues = issues;
        this.panel = panel;
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
        return IssueResponse.of(visible(issueKey));
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
        IssueRef issue = visible(issueKey);
        Optional<UserKey> viewer = guard.viewer();
        boolean canLink = guard.permissions().canEdit(viewer, Scope.project(issue.project()), viewer.orElse(null));
        return new IssuePanelResponse(IssueResponse.of(issue), canLink, panel.drivenBy(issue, guard));
    }

    private IssueRef visible(String issueKey) {
        UserKey viewer = guard.requireLicensed();
        Params in = new Params(clock);
        String key = IssueKeys.parse(in, "issueKey", issueKey);
        in.throwIfAny();
        return issues.findVisible(viewer, key).orElseThrow(() -> new NotFoundException("Issue", key));
    }
}
