package dev.waypoint.preview;

import java.time.Duration;
import java.util.Objects;

/**
 * A background job a {@link PreviewModule} contributes, as a Jira app registers one with Jira's scheduler: the
 * preview runs {@code task} every {@code every} (first after one interval) on one background thread, unless started
 * with {@code --no-jobs} or for a test. A failing run is logged and the next one runs as planned.
 *
 * @param name  for the log
 * @param every the delay between the end of one run and the start of the next
 * @param task  one run
 */
public record PreviewJob(String name, Duration every, Runnable task) {

    public PreviewJob {
        Objects.requireNonNull(name, "'name' must not be null");
        Objects.requireNonNull(every, "'every' must not be null");
        Objects.requireNonNull(task, "'task' must not be null");
        if (every.isNegative() || every.isZero()) {
            throw new IllegalArgumentException("'every' must be positive, was " + every);
        }
    }
}
