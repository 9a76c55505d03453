package dev.waypoint.jira.rest.dashboard;

import dev.waypoint.app.progress.OkrProgress;
import dev.waypoint.app.progress.OkrProgressQuery;
import dev.waypoint.cycle.Cycle;
import dev.waypoint.cycle.CycleId;
import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveId;
import dev.waypoint.progress.CycleOverview;
import dev.waypoint.progress.KeyResultStatus;
import dev.waypoint.progress.ObjectiveStatus;
import dev.waypoint.shared.ProjectKey;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Maps core's {@link OkrProgressQuery} (the "OKR progress" dashboard item's read model in three views, only what the
 * viewer may see) to {@link OkrProgressResponse}.
 */
@Component
public class OkrProgressReader {

    private final OkrProgressQuery query;

    @Inject
    public OkrProgressReader(OkrProgressQuery query) {
        this.query = Objects.requireNonNull(query, "'query' must not be null");
    }

    /** A project's objectives of {@code cycleId}, or of the current cycle when {@code null}. */
    public OkrProgressResponse project(ProjectKey project, CycleId cycleId) {
        return response(query.project(project, cycleId));
    }

    /** The company picture of a cycle: its top visible objectives. */
    public OkrProgressResponse company(CycleId cycleId) {
        return response(query.company(cycleId));
    }

    /** One objective and the objectives aligned below it. */
    public OkrProgressResponse objective(ObjectiveId id) {
        return response(query.objective(id));
    }

    private static OkrProgressResponse response(OkrProgress progress) {
        if (progress.overview() == null) {
            return new OkrProgressResponse(null, progress.asOf(), null, List.of());
        }
        return response(progress.overview(), progress.shown());
    }

    private static OkrProgressResponse response(CycleOverview overview, List<ObjectiveStatus> objectives) {
        Cycle c = overview.cycle();
        return new OkrProgressResponse(
                new OkrProgressResponse.CycleJson(c.id().value(), c.name(), c.start(), c.end(), c.state()),
                overview.asOf(), overview.expectedProgress(),
                objectives.stream().map(OkrProgressReader::objective).toList());
    }

    private static OkrProgressResponse.ObjectiveJson objective(ObjectiveStatus status) {
        Objective o = status.objective();
        return new OkrProgressResponse.ObjectiveJson(o.id().value(), o.title(), o.level(),
                o.project() == null ? null : o.project().value(), o.parentId() == null ? null : o.parentId().value(),
                o.owner() == null ? null : o.owner().value(), o.state(), ProgressJson.of(status.progress()),
                status.pace(), status.context(), status.keyResults().stream().map(OkrProgressReader::keyResult)
                        .toList(), status.keyResultsCounted(), status.keyResultsTotal());
    }

    private static OkrProgressResponse.KeyResultJson keyResult(KeyResultStatus status) {
        KeyResult k = status.keyResult();
        return new OkrProgressResponse.KeyResultJson(k.id().value(), k.title(),
                k.owner() == null ? null : k.owner().value(), k.unit(), k.measure().type(),
                ProgressJson.of(status.progress()), status.pace(), status.latestConfidence(),
                status.forecast() == null ? null : ProgressJson.of(status.forecast().expected()),
                status.initiativeCount(), status.hidden());
    }
}
