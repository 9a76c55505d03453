package dev.waypoint.preview.wiring;

import dev.waypoint.refresh.RefreshClaims;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * The preview's stand-in for a job that Jira's scheduler runs with {@code RunMode.RUN_ONCE_PER_CLUSTER}
 * (atlassian-scheduler's {@code RunMode}: the job runs on one node of the cluster each time it triggers; source:
 * https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/RunMode.html,
 * as the {@code platform-stubs} mirror cites it): every node fires the job on its own timer, and a firing runs only if it takes the job's lease, the claim {@code job:<job id>} held for one
 * interval in the database all nodes share ({@link RefreshClaims}: one atomic conditional write). So of the nodes'
 * firings within one interval exactly one runs; if that node stops in the middle of a run, its lease ends with the
 * interval and the next firing on any node runs the job. In Jira the plugin keeps Jira's own scheduler
 * ({@code RefreshJobRegistrar} schedules with {@code RUN_ONCE_PER_CLUSTER}) and this class is not used.
 *
 * <p>A run is expected to end within the interval (the refresh job's budget is 50 s of its minute); as in Jira, a
 * longer run could overlap the next node's.
 *
 * @param jobId    the scheduler's job id ({@code RefreshJobRegistrar.JOB_ID} for the refresh job)
 * @param interval the schedule's interval, also the lease's hold
 */
public record OncePerCluster(String jobId, Duration interval, RefreshClaims claims, Clock clock) {

    public OncePerCluster {
        Objects.requireNonNull(jobId, "'jobId' must not be null");
        Objects.requireNonNull(interval, "'interval' must not be null");
        Objects.requireNonNull(claims, "'claims' must not be null");
        Objects.requireNonNull(clock, "'clock' must not be null");
    }

    /** The lease's claim name. */
    public String leaseName() {
        return "job:" + jobId;
    }

    /**
     * One firing on this node: runs {@code run} if this node took the lease for this interval.
     *
     * @return whether it ran here
     */
    public boolean fire(Runnable run) {
        if (!claims.claim(leaseName(), 0, clock.instant(), interval)) {
            return false;
        }
        run.run();
        return true;
    }
}
