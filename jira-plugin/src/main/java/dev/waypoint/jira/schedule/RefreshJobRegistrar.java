package dev.waypoint.jira.schedule;

import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.IntervalScheduleInfo;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import com.atlassian.scheduler.status.JobDetails;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Registers the refresh job with Atlassian Scheduler (DESIGN §2: scheduler jobs registered in code,
 * {@link RunMode#RUN_ONCE_PER_CLUSTER}). SAL calls it as an exported {@link LifecycleAware} service.
 *
 * <p><b>{@link #onStart()}</b> (every plugin start, on every node): registers {@link RefreshJobRunner} under
 * {@link #RUNNER_KEY} (runners live in memory and must be registered on each start), then makes sure the cluster job
 * {@link #JOB_ID} exists with run mode {@code RUN_ONCE_PER_CLUSTER} and an interval schedule of {@link #INTERVAL}.
 * Each run evaluates only what is due, so running every minute costs little and refreshes a KPI within a minute of
 * being due: with the smallest KPI interval (5 minutes) as the job's interval, a value stored a few seconds after the
 * run started would not yet be due at the next run, and such KPIs would refresh only every 10 minutes. An existing job with that configuration is
 * left alone, so restarts and other nodes do not move its next run time; one with another runner, run mode or
 * schedule (e.g. from an older version) is unscheduled and scheduled again. A scheduler failure is logged, never
 * thrown: Jira keeps starting, and the next start tries again.
 *
 * <p><b>{@link #onStop()}</b> (plugin disabled, upgraded or the node shutting down): unregisters the runner only. The
 * job itself is persisted cluster-wide and stays: other nodes still run the plugin and fire it, an upgrade's next
 * {@code onStart} finds it in place, and while no node has a runner registered the scheduler skips the firings (the
 * job is unavailable, not failed). An uninstalled app thus leaves an inert job entry, the usual trade-off of
 * persisted cluster jobs.
 *
 * <p>ASSUMED from the published API, not observed in a running Jira: {@code getJobDetails} returns {@code null} for
 * an unknown id; a {@code RUN_ONCE_PER_CLUSTER} job fires on one node at a time and not again while a run is in
 * progress; {@code Schedule.forInterval(ms, null)} first fires as soon as possible.
 */
@Component
@ExportAsService(LifecycleAware.class)
public class RefreshJobRegistrar implements LifecycleAware {

    static final JobRunnerKey RUNNER_KEY = JobRunnerKey.of("dev.waypoint.refresh");
    static final JobId JOB_ID = JobId.of("dev.waypoint.refresh.job");
    static final Duration INTERVAL = Duration.ofMinutes(1);

    private static final Logger LOG = LoggerFactory.getLogger(RefreshJobRegistrar.class);

    private final SchedulerService schedulerService;
    private final RefreshJobRunner runner;

    @Inject
    public RefreshJobRegistrar(SchedulerService schedulerService, RefreshJobRunner runner) {
        this.schedulerService = Objects.requireNonNull(schedulerService, "'schedulerService' must not be null");
        this.runner = Objects.requireNonNull(runner, "'runner' must not be null");
    }

    @Override
    public void onStart() {
        try {
            schedulerService.registerJobRunner(RUNNER_KEY, runner);
            JobDetails existing = schedulerService.getJobDetails(JOB_ID);
            if (isCurrent(existing)) {
                LOG.debug("Waypoint refresh job {} is already scheduled every {}", JOB_ID, INTERVAL);
                return;
            }
            if (existing != null) {
                schedulerService.unscheduleJob(JOB_ID);
            }
            schedulerService.scheduleJob(JOB_ID, JobConfig.forJobRunnerKey(RUNNER_KEY)
                    .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                    .withSchedule(Schedule.forInterval(INTERVAL.toMillis(), null)));
            LOG.info("Waypoint refresh job {} scheduled every {}", JOB_ID, INTERVAL);
        } catch (SchedulerServiceException | RuntimeException e) {
            LOG.error("Waypoint could not register or schedule its refresh job {}; KPIs are not refreshed until the "
                    + "next start", JOB_ID, e);
        }
    }

    @Override
    public void onStop() {
        try {
            schedulerService.unregisterJobRunner(RUNNER_KEY);
        } catch (RuntimeException e) {
            LOG.warn("Waypoint could not unregister its refresh job runner", e);
        }
    }

    /** Whether the persisted job is the one this version schedules. */
    private static boolean isCurrent(JobDetails job) {
        if (job == null || !RUNNER_KEY.equals(job.getJobRunnerKey()) || job.getRunMode() != RunMode.RUN_ONCE_PER_CLUSTER
                || job.getSchedule() == null || job.getSchedule().getType() != Schedule.Type.INTERVAL) {
            return false;
        }
        IntervalScheduleInfo interval = job.getSchedule().getIntervalScheduleInfo();
        return interval != null && interval.getIntervalInMillis() == INTERVAL.toMillis();
    }
}
