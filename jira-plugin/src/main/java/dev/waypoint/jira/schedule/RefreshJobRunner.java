package dev.waypoint.jira.schedule;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import dev.waypoint.refresh.RefreshJob;
import dev.waypoint.refresh.RefreshMessages;
import dev.waypoint.refresh.RefreshReport;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The scheduler's entry into core's {@link RefreshJob} (DESIGN §4 "Refresh job"): one run per firing of the cluster
 * job {@link RefreshJobRegistrar#JOB_ID}, bounded by {@link #BUDGET}. It never throws out of {@link #runJob}:
 * <ul>
 *   <li>a run whose stages all ran answers {@code success} with the summary ("Refreshed 3 KPIs and 2 key results;
 *       1 failed; 0 left for the next run"). Failures of single items are part of that summary: core stores them as
 *       error values the UI shows, they are not failures of the job;</li>
 *   <li>a run in which a whole stage failed (e.g. storage unavailable) answers {@code failed} with the summary, and logs
 *       the stage failures under a correlation id that the answer names;</li>
 *   <li>an exception out of the run (a bug, a broken wiring) is logged with its stack trace under a correlation id and
 *       answers {@code failed} with that id, never with the exception's text.</li>
 * </ul>
 * The time budget is a constant, not an admin setting: core's {@code RefreshSettings} has none. It is shorter than the
 * job's interval, so a run normally ends before the next firing; whatever it does not reach waits for the next run.
 * {@link JobRunnerRequest#isCancellationRequested()} is not polled: {@code RefreshJob} offers no hook for it, and the
 * budget already bounds the run.
 */
@Component
public class RefreshJobRunner implements JobRunner {

    /** The time one run may take (the job fires every {@link RefreshJobRegistrar#INTERVAL}). */
    static final Duration BUDGET = Duration.ofSeconds(50);

    private static final Logger LOG = LoggerFactory.getLogger(RefreshJobRunner.class);

    private final RefreshJob job;
    private final Duration budget;

    @Inject
    public RefreshJobRunner(RefreshJob job) {
        this(job, BUDGET);
    }

    RefreshJobRunner(RefreshJob job, Duration budget) {
        this.job = Objects.requireNonNull(job, "'job' must not be null");
        this.budget = Objects.requireNonNull(budget, "'budget' must not be null");
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        try {
            RefreshReport report = job.run(budget);
            String summary = summary(report);
            if (report.stageFailures().isEmpty()) {
                LOG.debug("Waypoint refresh: {}", summary);
                return JobRunnerResponse.success(summary);
            }
            String correlationId = newCorrelationId();
            LOG.error("Waypoint refresh {}: {}; failed stages: {}", correlationId, summary, report.stageFailures());
            return JobRunnerResponse.failed(summary + "; " + report.stageFailures().size()
                    + " stage(s) failed, see the log for correlation id " + correlationId);
        } catch (RuntimeException | LinkageError e) {
            String correlationId = newCorrelationId();
            LOG.error("Waypoint refresh {}: the run failed", correlationId, e);
            return JobRunnerResponse.failed("The Waypoint refresh failed, see the log for correlation id "
                    + correlationId);
        }
    }

    /** {@code waypoint.refresh.summary} in English (the scheduler's admin page shows it as it is). */
    static String summary(RefreshReport report) {
        int failed = report.kpis().failed().size() + report.keyResults().failed().size();
        int left = report.kpis().left().size() + report.keyResults().left().size();
        return RefreshMessages.CATALOG.format("waypoint.refresh.summary", report.kpis().refreshed().size(),
                report.keyResults().refreshed().size(), failed, left);
    }

    /** 12 hex digits, like the REST API's correlation ids. */
    static String newCorrelationId() {
        byte[] bytes = new byte[6];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
