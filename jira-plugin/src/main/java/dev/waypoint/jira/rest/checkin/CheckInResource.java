package dev.waypoint.jira.rest.checkin;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.waypoint.app.okr.CheckInEntry;
import dev.waypoint.app.okr.CheckInHistory;
import dev.waypoint.app.okr.CheckInsQuery;
import dev.waypoint.app.okr.CheckingIn;
import dev.waypoint.app.okr.CorrectingCheckIn;
import dev.waypoint.app.okr.DeletingCheckIn;
import dev.waypoint.checkin.CheckIn;
import dev.waypoint.checkin.CheckInId;
import dev.waypoint.jira.rest.Params;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.scoring.DataPoint;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code /rest/waypoint/1.0/key-results/{keyResultId}/check-ins}: a key result's history (with its authors' display
 * names), recording a check-in (value or milestone states, confidence, comment, back-dating inside the cycle) and
 * deleting one. Parses, calls core's use cases ({@code dev.waypoint.app.okr}) and maps: whoever sees the key result
 * sees its history unless its values come from issues or KPIs they may not see (then {@code hidden} and no
 * check-ins); recording and deleting: the key result's owner, the objective's owner, the administrators of the scope.
 */
@Path("/key-results/{keyResultId}/check-ins")
@Produces(MediaType.APPLICATION_JSON)
public class CheckInResource {

    private final CheckInsQuery query;
    private final CheckingIn checkingIn;
    private final DeletingCheckIn deleting;
    private final CorrectingCheckIn correcting;
    private final Clock clock;

    @Inject
    public CheckInResource(CheckInsQuery query, CheckingIn checkingIn, DeletingCheckIn deleting,
            CorrectingCheckIn correcting, Clock clock) {
        this.query = query;
        this.checkingIn = checkingIn;
        this.deleting = deleting;
        this.correcting = correcting;
        this.clock = clock;
    }

    /**
     * <ul>
     *   <li>200 {@link CheckInHistoryResponse}</li>
     *   <li>400 {@code keyResultId} is not an id</li>
     *   <li>401 / 403 nobody logged in / no licence</li>
     *   <li>404 no such key result, or invisible</li>
     * </ul>
     */
    @GET
    @LicensedOnly
    public CheckInHistoryResponse history(@PathParam("keyResultId") String keyResultId) {
        CheckInHistory history = query.history(keyResultId(keyResultId));
        Map<String, String> authors = new TreeMap<>();
        history.authors().forEach((user, name) -> authors.put(user.value(), name));
        return new CheckInHistoryResponse(history.keyResultId().value(), history.canCheckIn(), history.hidden(),
                history.checkIns().stream().map(CheckInResponse::of).toList(), authors,
                history.changeable().stream().map(CheckInId::value).sorted().toList(), history.cycle().start(),
                history.cycle().end(), points(history.values()), points(history.expected()));
    }

    private static List<CheckInHistoryResponse.Point> points(List<DataPoint> points) {
        return points.stream().map(p -> new CheckInHistoryResponse.Point(p.date(), p.value())).toList();
    }

    /**
     * Corrects a wrong check-in: it is replaced by the corrected one (same rules as a new check-in). Its author may,
     * an administrator of the key result's scope may correct anyone's; values of the refresh job are not corrected.
     *
     * <ul>
     *   <li>200 the corrected {@link CheckInResponse} (a new id)</li>
     *   <li>400 every bad field ({@link CheckInRequest}); a value computed by Waypoint (field {@code checkIn})</li>
     *   <li>401 / 403 nobody logged in / may not change this check-in</li>
     *   <li>404 no such key result (or invisible), or no such check-in of it</li>
     *   <li>409 its cycle is closed</li>
     * </ul>
     */
    @PUT
    @Path("/{checkInId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public CheckInResponse correct(@PathParam("keyResultId") String keyResultId,
            @PathParam("checkInId") String checkInId, CheckInRequest request) {
        KeyResultId id = keyResultId(keyResultId);
        CheckInId checkIn = new CheckInId(Params.requireId("checkInId", checkInId));
        Params in = new Params(clock);
        in.body(request);
        in.throwIfAny();
        LocalDate effectiveDate = in.optionalDate("effectiveDate", request.effectiveDate());
        in.throwIfAny();
        return CheckInResponse.of(correcting.correct(id, checkIn, new CheckInEntry(request.value(),
                request.milestones(), request.confidence(), request.comment(), effectiveDate)));
    }

    /**
     * <ul>
     *   <li>201 {@link CheckInResponse}</li>
     *   <li>400 every bad field ({@link CheckInRequest})</li>
     *   <li>401 / 403 nobody logged in / may not check in on this key result</li>
     *   <li>404 no such key result, or invisible</li>
     *   <li>409 its cycle is closed</li>
     * </ul>
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response record(@PathParam("keyResultId") String keyResultId, CheckInRequest request) {
        KeyResultId id = keyResultId(keyResultId);
        Params in = new Params(clock);
        in.body(request);
        in.throwIfAny();
        LocalDate effectiveDate = in.optionalDate("effectiveDate", request.effectiveDate());
        in.throwIfAny();
        CheckIn recorded = checkingIn.record(id, new CheckInEntry(request.value(), request.milestones(),
                request.confidence(), request.comment(), effectiveDate));
        return Response.status(201).entity(CheckInResponse.of(recorded)).build();
    }

    /**
     * <ul>
     *   <li>204 deleted</li>
     *   <li>400 an id is not an id</li>
     *   <li>400 a value computed by Waypoint (field {@code checkIn}), or an id that is not an id</li>
     *   <li>401 / 403 nobody logged in / may not change this check-in (only its author or an administrator)</li>
     *   <li>404 no such key result (or invisible), or no such check-in of it</li>
     *   <li>409 its cycle is closed</li>
     * </ul>
     */
    @DELETE
    @Path("/{checkInId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response delete(@PathParam("keyResultId") String keyResultId, @PathParam("checkInId") String checkInId) {
        KeyResultId id = keyResultId(keyResultId);
        deleting.delete(id, new CheckInId(Params.requireId("checkInId", checkInId)));
        return Response.noContent().build();
    }

    private static KeyResultId keyResultId(String raw) {
        return new KeyResultId(Params.requireId("keyResultId", raw));
    }
}
