package dev.waypoint.app.okr;

import dev.waypoint.keyresult.KeyResultId;
import java.util.Objects;

/** Reads one key result the viewer may see. */
public final class KeyResultQuery {

    private final OkrAccess access;
    private final KeyResultViews views;

    public KeyResultQuery(OkrAccess access, KeyResultViews views) {
        this.access = Objects.requireNonNull(access, "'access' must not be null");
        this.views = Objects.requireNonNull(views, "'views' must not be null");
    }

    /** @throws dev.waypoint.shared.NotFoundException if it does not exist or the viewer may not see it */
    public KeyResultView get(KeyResultId id) {
        return views.of(access.keyResult(id));
    }
}
