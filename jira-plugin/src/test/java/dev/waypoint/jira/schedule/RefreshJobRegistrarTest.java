package dev.waypoint.jira.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;
import org.mockito.MockedStatic;

/**
 * {@code JobConfig.forJobRunnerKey} and {@code Schedule.forInterval} are stubs without logic, so they are intercepted
 * with {@link org.mockito.Mockito#mockStatic}; the fluent {@code with*} calls are verified on the returned mock.
 */
class RefreshJobRegistrarTest {

    private static final long ONE_MINUTE = 60 * 1000L;

    private final SchedulerService scheduler = mock(SchedulerService.class);
    private final RefreshJobRunner runner = mock(RefreshJobRunner.class);
    private final RefreshJobRegistrar registrar = new RefreshJobRegistrar(scheduler, runner);
    private final JobConfig config = mock(JobConfig.class);
    private final Schedule everyFiveMinutes = mock(Schedule.class);
    private MockedStatic<JobConfig> configs;
    private MockedStatic<Schedule> schedules;

    @BeforeEach
    void interceptFactories() {
        configs = mockStatic(JobConfig.class);
        configs.when(() -> JobConfig.forJobRunnerKey(any())).thenReturn(config);
        when(config.withRunMode(any())).thenReturn(config);
        when(config.withSchedule(any())).thenReturn(config);
        schedules = mockStatic(Schedule.class);
        schedules.when(() -> Schedule.forInterval(anyLong(), any())).thenReturn(everyFiveMinutes);
    }

    @AfterEach
    void release() {
        configs.close();
        schedules.close();
    }

    private static JobDetails existingJob(JobRunnerKey key, RunMode runMode, long intervalMillis) {
        IntervalScheduleInfo interval = mock(IntervalScheduleInfo.class);
        when(interval.getIntervalInMillis()).thenReturn(intervalMillis);
        Schedule schedule = mock(Schedule.class);
        when(schedule.getType()).thenReturn(Schedule.Type.INTERVAL);
        when(schedule.getIntervalScheduleInfo()).thenReturn(interval);
        JobDetails job = mock(JobDetails.class);
        when(job.getJobRunnerKey()).thenReturn(key);
        when(job.getRunMode()).thenReturn(runMode);
        when(job.getSchedule()).thenReturn(schedule);
        return job;
    }

    @Test
    void givenTheRegistrar_inspectingIt_isExportedAsLifecycleAwareForSal() {
        assertThat(RefreshJobRegistrar.class.getAnnotation(ExportAsService.class).value())
                .containsExactly(LifecycleAware.class);
    }

    @Test
    void givenNoJobYet_onStart_registersTheRunnerThenSchedulesTheClusterJobEveryFiveMinutes() throws Exception {
        registrar.onStart();

        InOrder order = inOrder(scheduler);
        order.verify(scheduler).registerJobRunner(JobRunnerKey.of("dev.waypoint.refresh"), runner);
        order.verify(scheduler).scheduleJob(JobId.of("dev.waypoint.refresh.job"), config);
        configs.verify(() -> JobConfig.forJobRunnerKey(JobRunnerKey.of("dev.waypoint.refresh")));
        verify(config).withRunMode(RunMode.RUN_ONCE_PER_CLUSTER);
        schedules.verify(() -> Schedule.forInterval(ONE_MINUTE, null));
        verify(config).withSchedule(everyFiveMinutes);
        verify(scheduler, never()).unscheduleJob(any());
    }

    @Test
    void givenTheSameJobAlreadyScheduled_onStart_registersTheRunnerAndLeavesTheJobAlone() throws Exception {
        JobDetails current = existingJob(RefreshJobRegistrar.RUNNER_KEY, RunMode.RUN_ONCE_PER_CLUSTER, ONE_MINUTE);
        when(scheduler.getJobDetails(RefreshJobRegistrar.JOB_ID)).thenReturn(current);

        registrar.onStart();

        verify(scheduler).registerJobRunner(RefreshJobRegistrar.RUNNER_KEY, runner);
        verify(scheduler, never()).unscheduleJob(any());
        verify(scheduler, never()).scheduleJob(any(), any());
    }

    @Test
    void givenAJobWithAnotherInterval_onStart_replacesItWithTheFiveMinuteSchedule() throws Exception {
        JobDetails hourly = existingJob(RefreshJobRegistrar.RUNNER_KEY, RunMode.RUN_ONCE_PER_CLUSTER, 3_600_000L);
        when(scheduler.getJobDetails(RefreshJobRegistrar.JOB_ID)).thenReturn(hourly);

        registrar.onStart();

        InOrder order = inOrder(scheduler);
        order.verify(scheduler).unscheduleJob(RefreshJobRegistrar.JOB_ID);
        order.verify(scheduler).scheduleJob(RefreshJobRegistrar.JOB_ID, config);
        schedules.verify(() -> Schedule.forInterval(ONE_MINUTE, null));
    }

    @Test
    void givenAJobThatRunsOnEveryNode_onStart_replacesItWithAClusterJob() throws Exception {
        JobDetails local = existingJob(RefreshJobRegistrar.RUNNER_KEY, RunMode.RUN_LOCALLY, ONE_MINUTE);
        when(scheduler.getJobDetails(RefreshJobRegistrar.JOB_ID)).thenReturn(local);

        registrar.onStart();

        verify(scheduler).scheduleJob(RefreshJobRegistrar.JOB_ID, config);
        verify(config).withRunMode(RunMode.RUN_ONCE_PER_CLUSTER);
    }

    @Test
    void givenASchedulerThatRefuses_onStart_logsInsteadOfThrowingAndKeepsTheRunner() throws Exception {
        SchedulerServiceException refused = mock(SchedulerServiceException.class);
        org.mockito.Mockito.doThrow(refused).when(scheduler).scheduleJob(any(), any());

        assertThatCode(registrar::onStart).doesNotThrowAnyException();

        verify(scheduler).registerJobRunner(RefreshJobRegistrar.RUNNER_KEY, runner);
    }

    @Test
    void givenASchedulerThatFailsUnexpectedly_onStart_logsInsteadOfThrowing() {
        when(scheduler.getJobDetails(RefreshJobRegistrar.JOB_ID)).thenThrow(new IllegalStateException("db down"));

        assertThatCode(registrar::onStart).doesNotThrowAnyException();

        verify(scheduler).registerJobRunner(RefreshJobRegistrar.RUNNER_KEY, runner);
    }

    @Test
    void givenAStartedRegistrar_onStop_unregistersTheRunnerButKeepsThePersistedJob() {
        registrar.onStart();

        registrar.onStop();

        verify(scheduler).unregisterJobRunner(RefreshJobRegistrar.RUNNER_KEY);
        verify(scheduler, never()).unscheduleJob(any());
    }

    @Test
    void givenAStopAndAStart_onStart_registersTheRunnerAgain() {
        JobDetails current = existingJob(RefreshJobRegistrar.RUNNER_KEY, RunMode.RUN_ONCE_PER_CLUSTER, ONE_MINUTE);
        registrar.onStart();
        registrar.onStop();
        when(scheduler.getJobDetails(RefreshJobRegistrar.JOB_ID)).thenReturn(current);

        registrar.onStart();

        verify(scheduler, times(2)).registerJobRunner(RefreshJobRegistrar.RUNNER_KEY, runner);
    }

    @Test
    void givenTheConstants_reading_matchTheDocumentedKeysAndAOneMinuteInterval() {
        assertThat(RefreshJobRegistrar.RUNNER_KEY).isEqualTo(JobRunnerKey.of("dev.waypoint.refresh"));
        assertThat(RefreshJobRegistrar.JOB_ID).isEqualTo(JobId.of("dev.waypoint.refresh.job"));
        assertThat(RefreshJobRegistrar.INTERVAL.toMillis()).isEqualTo(ONE_MINUTE);
    }
}
