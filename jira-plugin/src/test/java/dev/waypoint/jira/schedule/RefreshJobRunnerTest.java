package dev.waypoint.jira.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.kpi.KpiError;
import dev.waypoint.kpi.KpiErrorCode;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.refresh.KeyResultRefreshOutcome;
import dev.waypoint.refresh.KpiRefreshOutcome;
import dev.waypoint.refresh.RefreshJob;
import dev.waypoint.refresh.RefreshReport;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.MockedStatic;

/**
 * {@code JobRunnerResponse}'s factories are stubs without logic, so they are intercepted with
 * {@link org.mockito.Mockito#mockStatic}: each answers a distinct mock, and the test reads the message it was given.
 */
class RefreshJobRunnerTest {

    private static final Instant STARTED = Instant.parse("2026-03-02T10:00:00Z");

    private final RefreshJob job = mock(RefreshJob.class);
    private final JobRunnerRequest request = mock(JobRunnerRequest.class);
    private final RefreshJobRunner runner = new RefreshJobRunner(job);
    private final JobRunnerResponse success = mock(JobRunnerResponse.class, "success");
    private final JobRunnerResponse failed = mock(JobRunnerResponse.class, "failed");
    private MockedStatic<JobRunnerResponse> responses;

    @BeforeEach
    void interceptResponses() {
        responses = mockStatic(JobRunnerResponse.class);
        responses.when(() -> JobRunnerResponse.success(anyString())).thenReturn(success);
        responses.when(() -> JobRunnerResponse.failed(anyString())).thenReturn(failed);
    }

    @AfterEach
    void release() {
        responses.close();
    }

    private static RefreshReport report(List<String> stageFailures) {
        KpiRefreshOutcome kpis = new KpiRefreshOutcome(List.of(new KpiId(1), new KpiId(2), new KpiId(3)),
                Map.of(new KpiId(4), KpiError.of(KpiErrorCode.SEARCH_FAILED, "timeout")), List.of(new KpiId(5)));
        KeyResultRefreshOutcome keyResults = new KeyResultRefreshOutcome(
                List.of(new KeyResultId(7), new KeyResultId(8)),
                Map.of(new KeyResultId(9), KpiError.of(KpiErrorCode.NO_OWNER, "")), List.of());
        return new RefreshReport(STARTED, STARTED.plusSeconds(12), kpis, keyResults, 0, stageFailures);
    }


    @Test
    void givenARunWhoseStagesAllRan_runJob_answersSuccessWithTheSummary() {
        when(job.run(any())).thenReturn(report(List.of()));

        JobRunnerResponse response = runner.runJob(request);

        assertThat(response).isSameAs(success);
        responses.verify(() -> JobRunnerResponse.success(
                "Refreshed 3 KPIs and 2 key results; 2 failed; 1 left for the next run"));
        responses.verify(() -> JobRunnerResponse.failed(anyString()), never());
    }

    @Test
    void givenTheRunner_runJob_runsTheJobWithABudgetShorterThanTheJobsInterval() {
        when(job.run(any())).thenReturn(report(List.of()));

        runner.runJob(request);

        verify(job).run(Duration.ofSeconds(50));
        assertThat(RefreshJobRunner.BUDGET).isLessThan(RefreshJobRegistrar.INTERVAL);
    }

    @Test
    void givenAStageThatFailed_runJob_answersFailedWithTheSummaryAndACorrelationId() {
        when(job.run(any())).thenReturn(report(List.of("kpis: IllegalStateException: database unavailable")));

        JobRunnerResponse response = runner.runJob(request);

        assertThat(response).isSameAs(failed);
        ArgumentCaptor<String> message = ArgumentCaptor.forClass(String.class);
        responses.verify(() -> JobRunnerResponse.failed(message.capture()));
        assertThat(message.getValue())
                .startsWith("Refreshed 3 KPIs and 2 key results; 2 failed; 1 left for the next run")
                .containsPattern("correlation id [0-9a-f]{12}$")
                .doesNotContain("database unavailable");
    }

    @Test
    void givenARunThatThrows_runJob_answersFailedWithACorrelationIdInsteadOfThrowing() {
        when(job.run(any())).thenThrow(new IllegalStateException("secret connection string"));

        JobRunnerResponse[] response = new JobRunnerResponse[1];
        assertThatCode(() -> response[0] = runner.runJob(request)).doesNotThrowAnyException();

        assertThat(response[0]).isSameAs(failed);
        ArgumentCaptor<String> message = ArgumentCaptor.forClass(String.class);
        responses.verify(() -> JobRunnerResponse.failed(message.capture()));
        assertThat(message.getValue()).containsPattern("correlation id [0-9a-f]{12}$")
                .doesNotContain("secret connection string");
    }

    @Test
    void givenAMissingClassAtRunTime_runJob_stillAnswersFailedInsteadOfThrowing() {
        when(job.run(any())).thenThrow(new NoClassDefFoundError("dev/waypoint/Gone"));

        JobRunnerResponse[] response = new JobRunnerResponse[1];
        assertThatCode(() -> response[0] = runner.runJob(request)).doesNotThrowAnyException();

        assertThat(response[0]).isSameAs(failed);
    }
}
