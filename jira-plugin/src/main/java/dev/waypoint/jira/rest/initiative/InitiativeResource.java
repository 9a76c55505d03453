package dev.waypoint.jira.rest.initiative;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.waypoint.initiative.Initiative;
import dev.waypoint.initiative.InitiativeRepository;
import dev.waypoint.initiative.InitiativeService;
import dev.waypoint.initiative.LinkInitiative;
import dev.waypoint.initiative.UnlinkInitiative;
import dev.waypoint.issue.IssueDirectory;
import dev.waypoint.issue.IssueId;
import dev.waypoint.issue.IssueRef;
import dev.waypoint.jira.rest.Params;
import dev.waypoint.jira.rest.objective.IssueKeys;
import dev.waypoint.jira.rest.objective.OkrGuard;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.shared.NotFoundException;
import dev.waypoint.shared.UserKey;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * {@code /rest/waypoint/1.0/key-results/{keyResultId}/initiatives}: the Jira issues linked to a key result (DESIGN §3
 * "Initiative"). Issues are named by key and resolved to their id through {@link IssueDirectory} as the caller: an
 * issue the caller may not see answers 404 like one that does not exist, and lists show only issues the caller may
 * see (DESIGN §5). Linking and unlinking follow {@code Permissions#canCheckIn}: linking work to a key result moves
 * its progress like a check-in does.
 */
@Path("/key-results/{keyResultId}/initiatives")
@Produces(MediaType.APPLICATION_JSON)
public class InitiativeResource {

    private final OkrGuard guard;
    private final InitiativeService service;
    private final InitiativeRepository initiatives;
    private final IssueDirectory issues;
    private final Clock clock;

    @Inject
    public InitiativeResource(OkrGuard guard, InitiativeService service, InitiativeRepository initiatives,
            IssueDirectory issues, Clock clock) {
        this.guard = guard;
        this.service = service;
        this.initiatives = initiatives;
        this.issues = issues;
        this.clock = clock;
    }

    /**
     * <ul>
     *   <li>200 {@link InitiativeListResponse}</li>
     *   <li>400 {@code keyResultId} is not an id</li>
     *   <li>401 / 403 nobody logged in / no licence</li>
     *   <li>404 no such key result, or invisible</li>
     * </ul>
     */
    @GET
    @LicensedOnly
    public InitiativeListResponse list(@PathParam("keyResultId") String keyResultId) {
        UserKey viewer = guard.requireLicensed();
        OkrGuard.VisibleKeyResult found = visible(keyResultId);
        List<Initiative> links = initiatives.findByKeyResultIds(List.of(found.keyResult().id()));
        Map<IssueId, IssueRef> visible = issues.findVisible(viewer, links.stream().map(Initiative::issueId).toList());
        List<InitiativeResponse> shown = links.stream().filter(link -> visible.containsKey(link.issueId()))
                .map(link -> InitiativeResponse.of(link, visible.get(link.issueId()))).toList();
        return new InitiativeListResponse(found.keyResult().id().value(),
                guard.canCheckIn(found.objective(), found.keyResult()), shown, links.size() - shown.size());
    }

    /**
     * <ul>
     *   <li>201 {@link InitiativeResponse}</li>
     *   <li>400 {@code issueKey} missing or not an issue key</li>
     *   <li>401 / 403 nobody logged in / may not link issues to this key result</li>
     *   <li>404 no such key result (or invisible); no such issue, or the caller may not see it</li>
     *   <li>409 the issue is linked already, or the cycle is closed</li>
     * </ul>
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response link(@PathParam("keyResultId") String keyResultId, LinkRequest request) {
        UserKey viewer = guard.requireLicensed();
        OkrGuard.VisibleKeyResult found = visible(keyResultId);
        guard.requireCheckIn(found.objective(), found.keyResult());
        Params in = new Params(clock);
        in.body(request);
        in.throwIfAny();
        String key = IssueKeys.parse(in, "issueKey", request.issueKey());
        in.throwIfAny();
        IssueRef issue = issues.findVisible(viewer, key).orElseThrow(() -> new NotFoundException("Issue", key));
        Initiative link = service.link(new LinkInitiative(found.keyResult().id(), issue.id(), viewer));
        return Response.status(201).entity(InitiativeResponse.of(link, issue)).build();
    }

    /**
     * <ul>
     *   <li>204 unlinked</li>
     *   <li>400 {@code issueKey} is not an issue key</li>
     *   <li>401 / 403 nobody logged in / may not unlink issues of this key result</li>
     *   <li>404 no such key result (or invisible); no such issue (or invisible); the issue is not linked</li>
     *   <li>409 the cycle is closed</li>
     * </ul>
     */
    @DELETE
    @Path("/{issueKey}")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response unlink(@PathParam("keyResultId") String keyResultId, @PathParam("issueKey") String issueKey) {
        UserKey viewer = guard.requireLicensed();
        OkrGuard.VisibleKeyResult found = visible(keyResultId);
        guard.requireCheckIn(found.objective(), found.keyResult());
        Params in = new Params(clock);
        String key = IssueKeys.parse(in, "issueKey", issueKey);
        in.throwIfAny();
        IssueRef issue = issues.findVisible(viewer, key).orElseThrow(() -> new NotFoundException("Issue", key));
        service.unlink(new UnlinkInitiative(found.keyResult().id(), issue.id()));
        return Response.noContent().build();
    }

    private OkrGuard.VisibleKeyResult visible(String keyResultId) {
        return guard.visibleKeyResult(new KeyResultId(Params.requireId("keyResultId", keyResultId)));
    }
}
