package dev.waypoint.jira.rest.checkin;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.waypoint.checkin.CheckIn;
import dev.waypoint.checkin.CheckInId;
import dev.waypoint.checkin.CheckInRepository;
import dev.waypoint.checkin.CheckInService;
import dev.waypoint.checkin.RecordCheckIn;
import dev.waypoint.jira.rest.Params;
import dev.waypoint.jira.rest.objective.OkrGuard;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.shared.NotFoundException;
import dev.waypoint.shared.UserKey;
import dev.waypoint.shared.UserNames;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * {@code /rest/waypoint/1.0/key-results/{keyResultId}/check-ins}: a key result's history (with its authors' display
 * names), recording a check-in
 * (value or milestone states, confidence, comment, back-dating inside the cycle) and deleting one. Whoever sees the
 * key result sees its history; recording and deleting follow {@code Permissions#canCheckIn} (the key result's owner,
 * the objective's owner, the administrators of the scope).
 */
@Path("/key-results/{keyResultId}/check-ins")
@Produces(MediaType.APPLICATION_JSON)
public class CheckInResource {

    private final OkrGuard guard;
    private final CheckInService service;
    private final CheckInRepository checkIns;
    private final UserNames userNames;
    private final Clock clock;

    @Inject
    public CheckInResource(OkrGuard guard, CheckInService service, CheckInRepository checkIns, UserNames userNames,
            Clock clock) {
        this.guard = guard;
        this.service = service;
        this.checkIns = checkIns;
        this.userNames = userNames;
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
        OkrGuard.VisibleKeyResult found = visible(keyResultId);
        List<CheckIn> chronological = checkIns.findByKeyResultIds(List.of(found.keyResult().id())).stream()
                .sorted(CheckIn.CHRONOLOGICAL).toList();
        Map<String, String> authors = new TreeMap<>();
        userNames.displayNames(chronological.stream().map(CheckIn::author).filter(Objects::nonNull).distinct()
                .toList()).forEach((user, name) -> authors.put(user.value(), name));
        return new CheckInHistoryResponse(found.keyResult().id().value(),
                guard.canCheckIn(found.objective(), found.keyResult()),
                chronological.stream().map(CheckInResponse::of).toList(), authors);
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
        OkrGuard.VisibleKeyResult found = visible(keyResultId);
        guard.requireCheckIn(found.objective(), found.keyResult());
        UserKey author = guard.requireLicensed();
        Params in = new Params(clock);
        in.body(request);
        in.throwIfAny();
        LocalDate effectiveDate = in.optionalDate("effectiveDate", request.effectiveDate());
        in.throwIfAny();
        CheckIn recorded = service.record(new RecordCheckIn(found.keyResult().id(), request.value(),
                request.milestones(), request.confidence(), request.comment(), effectiveDate, author));
        return Response.status(201).entity(CheckInResponse.of(recorded)).build();
    }

    /**
     * <ul>
     *   <li>204 deleted</li>
     *   <li>400 an id is not an id</li>
     *   <li>401 / 403 nobody logged in / may not check in on this key result</li>
     *   <li>404 no such key result (or invisible), or no such check-in of it</li>
     *   <li>409 its cycle is closed</li>
     * </ul>
     */
    @DELETE
    @Path("/{checkInId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response delete(@PathParam("keyResultId") String keyResultId, @PathParam("checkInId") String checkInId) {
        OkrGuard.VisibleKeyResult found = visible(keyResultId);
        CheckInId id = new CheckInId(Params.requireId("checkInId", checkInId));
        guard.requireCheckIn(found.objective(), found.keyResult());
        CheckIn checkIn = checkIns.findById(id).filter(c -> c.keyResultId().equals(found.keyResult().id()))
                .orElseThrow(() -> new NotFoundException("CheckIn", id));
        service.delete(checkIn.id());
        return Response.noContent().build();
    }

    private OkrGuard.VisibleKeyResult visible(String keyResultId) {
        guard.requireLicensed();
        return guard.visibleKeyResult(new KeyResultId(Params.requireId("keyResultId", keyResultId)));
    }
}
