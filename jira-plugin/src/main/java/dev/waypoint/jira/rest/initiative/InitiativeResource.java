package dev.waypoint.jira.rest.initiative;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.waypoint.app.okr.LinkedIssue;
import dev.waypoint.app.okr.LinkedIssues;
import dev.waypoint.app.okr.LinkedIssuesQuery;
import dev.waypoint.app.okr.LinkingIssue;
import dev.waypoint.app.okr.UnlinkingIssue;
import dev.waypoint.jira.rest.Params;
import dev.waypoint.jira.rest.objective.IssueKeys;
import dev.waypoint.keyresult.KeyResultId;
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

/**
 * {@code /rest/waypoint/1.0/key-results/{keyResultId}/initiatives}: the Jira issues linked to a key result (DESIGN §3
 * "Initiative"). Issues are named by key and resolved as the caller: an issue the caller may not see answers 404 like
 * one that does not exist, and lists show only issues the caller may see, without counting the others (DESIGN §5).
 * Linking and unlinking: whoever may check in on the key result. Parses, calls core's use cases
 * ({@code dev.waypoint.app.okr}) and maps.
 */
@Path("/key-results/{keyResultId}/initiatives")
@Produces(MediaType.APPLICATION_JSON)
public class InitiativeResource {

    private final LinkedIssuesQuery query;
    private final LinkingIssue linking;
    private final UnlinkingIssue unlinking;
    private final Clock clock;

    @Inject
    public InitiativeResource(LinkedIssuesQuery query, LinkingIssue linking, UnlinkingIssue unlinking, Clock clock) {
        this.query = query;
        this.linking = linking;
        this.unlinking = unlinking;
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
        LinkedIssues linked = query.list(keyResultId(keyResultId));
        return new InitiativeListResponse(linked.keyResultId().value(), linked.canLink(),
                linked.issues().stream().map(InitiativeResource::response).toList());
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
        KeyResultId id = keyResultId(keyResultId);
        Params in = new Params(clock);
        in.body(request);
        in.throwIfAny();
        String key = IssueKeys.parse(in, "issueKey", request.issueKey());
        in.throwIfAny();
        return Response.status(201).entity(response(linking.link(id, key))).build();
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
        KeyResultId id = keyResultId(keyResultId);
        Params in = new Params(clock);
        String key = IssueKeys.parse(in, "issueKey", issueKey);
        in.throwIfAny();
        unlinking.unlink(id, key);
        return Response.noContent().build();
    }

    private static InitiativeResponse response(LinkedIssue linked) {
        return InitiativeResponse.of(linked.link(), linked.issue());
    }

    private static KeyResultId keyResultId(String raw) {
        return new KeyResultId(Params.requireId("keyResultId", raw));
    }
}
