package dev.waypoint.jira.rest.initiative;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.waypoint.app.okr.IssueSelection;
import dev.waypoint.app.okr.IssueSelectionQuery;
import dev.waypoint.app.okr.LinkingIssues;
import dev.waypoint.app.okr.OkrAppMessages;
import dev.waypoint.jira.rest.Params;
import dev.waypoint.jira.rest.objective.IssueKeys;
import dev.waypoint.keyresult.KeyResultId;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /rest/waypoint/1.0/key-results/{keyResultId}/issue-selection}: linking several issues to a key result in one
 * go (issue 13): issues chosen by search, every issue of a JQL query, or an epic with its children, each resolved as
 * the caller (only issues they may see, at most 200), with a preview of what would be linked. The key result's
 * progress is evaluated at once after linking. Whoever may check in on the key result may. Parses, calls core's use
 * cases ({@link IssueSelectionQuery}, {@link LinkingIssues}) and maps.
 */
@Path("/key-results/{keyResultId}/issue-selection")
@Produces(MediaType.APPLICATION_JSON)
public class IssueSelectionResource {

    private final IssueSelectionQuery preview;
    private final LinkingIssues linking;
    private final Clock clock;

    @Inject
    public IssueSelectionResource(IssueSelectionQuery preview, LinkingIssues linking, Clock clock) {
        this.preview = preview;
        this.linking = linking;
        this.clock = clock;
    }

    /**
     * What linking the selection would add.
     *
     * <ul>
     *   <li>200 {@link IssueCandidatesResponse}</li>
     *   <li>400 no or several ways of choosing, a bad key, a query Jira refuses, an epic key that names no epic the
     *   caller may see (fields {@code issueKeys}, {@code jql}, {@code epicKey})</li>
     *   <li>401 / 403 nobody logged in / may not link issues to this key result</li>
     *   <li>404 no such key result, or invisible</li>
     * </ul>
     */
    @POST
    @Path("/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public IssueCandidatesResponse preview(@PathParam("keyResultId") String keyResultId,
            IssueSelectionRequest request) {
        return IssueCandidatesResponse.of(preview.preview(keyResultId(keyResultId), selection(request)));
    }

    /**
     * Links the selection's issues that are not linked yet.
     *
     * <ul>
     *   <li>200 {@link LinkedSelectionResponse}</li>
     *   <li>400 as for the preview; nothing is linked</li>
     *   <li>401 / 403 nobody logged in / may not link issues to this key result</li>
     *   <li>404 no such key result, or invisible</li>
     *   <li>409 its cycle is closed</li>
     * </ul>
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response link(@PathParam("keyResultId") String keyResultId, IssueSelectionRequest request) {
        return Response.ok(LinkedSelectionResponse.of(linking.link(keyResultId(keyResultId), selection(request))))
                .build();
    }

    private IssueSelection selection(IssueSelectionRequest request) {
        Params in = new Params(clock);
        in.body(request);
        in.throwIfAny();
        boolean keys = request.issueKeys() != null && !request.issueKeys().isEmpty();
        boolean jql = request.jql() != null && !request.jql().isBlank();
        boolean epic = request.epicKey() != null && !request.epicKey().isBlank();
        int ways = (keys ? 1 : 0) + (jql ? 1 : 0) + (epic ? 1 : 0);
        if (ways == 0) {
            throw OkrAppMessages.CATALOG.invalid("issueKeys", OkrAppMessages.SELECTION_REQUIRED);
        }
        if (ways > 1) {
            throw OkrAppMessages.CATALOG.invalid("issueKeys", OkrAppMessages.SELECTION_AMBIGUOUS);
        }
        if (jql) {
            return new IssueSelection.Query(request.jql());
        }
        if (epic) {
            String key = IssueKeys.parse(in, "epicKey", request.epicKey());
            in.throwIfAny();
            return new IssueSelection.EpicWithChildren(key);
        }
        if (request.issueKeys().size() > IssueSelection.MAX_ISSUES) {
            throw OkrAppMessages.CATALOG.invalid("issueKeys", OkrAppMessages.KEYS_TOO_MANY,
                    IssueSelection.MAX_ISSUES, request.issueKeys().size());
        }
        List<String> parsed = new ArrayList<>();
        for (String raw : request.issueKeys()) {
            String key = IssueKeys.parse(in, "issueKeys", raw);
            if (key != null) {
                parsed.add(key);
            }
        }
        in.throwIfAny();
        return new IssueSelection.Keys(parsed);
    }

    private static KeyResultId keyResultId(String raw) {
        return new KeyResultId(Params.requireId("keyResultId", raw));
    }
}
