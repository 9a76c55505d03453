package dev.waypoint.refresh;

import java.util.List;

/** The key results the refresh job evaluates (see {@link ActiveCycleKeyResults}). */
@FunctionalInterface
public interface RefreshableKeyResults {

    /** Every automatic key result of a live objective in an ACTIVE cycle, ordered by key result id. */
    List<RefreshableKeyResult> findAll();
}
