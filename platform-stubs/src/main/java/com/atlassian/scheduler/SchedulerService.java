// Mirror of com.atlassian.scheduler.SchedulerService for Jira Data Center 11.3 LTS (com.atlassian.scheduler:atlassian-scheduler-api).
// Source: https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/SchedulerService.html (1.6.0 method set);
//         newer methods calculateNextRunTime(Schedule, Date) and getJobsByJobRunnerKeys(List) from the Platform 7 implementation
//         https://docs.atlassian.com/atlassian-bamboo/10.2.0/com/atlassian/bamboo/schedule/AtlassianSchedulerServiceImpl.html
// Complete interface (tests may implement it). Signatures only.
// UNVERIFIED: whether the two newer methods are default methods in the real interface (declared abstract here), and
// whether calculateNextRunTime(Schedule, Date) declares SchedulerServiceException (declared here like the 1-arg form).
// Not confirmed for Jira 10/11: getJobDetails, registerJobRunner, scheduleJob, unregisterJobRunner, unscheduleJob <-
//         the atlassian-scheduler API has kept these members since 1.x/2.0
//         (https://docs.atlassian.com/atlassian-scheduler/2.0.0/apidocs/), but no Jira 10/11 app using the scheduler
//         was found; there is no other form to replace it with
package com.atlassian.scheduler;

import com.atlassian.annotations.PublicApi;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.Schedule;
import com.atlassian.scheduler.status.JobDetails;
import java.util.Date;
import java.util.List;
import java.util.Set;
import javax.annotation.CheckForNull;
import javax.annotation.Nonnull;
import javax.annotation.Nullable;

@PublicApi
public interface SchedulerService {

    void registerJobRunner(JobRunnerKey jobRunnerKey, JobRunner jobRunner);

    void unregisterJobRunner(JobRunnerKey jobRunnerKey);

    @Nonnull
    Set<JobRunnerKey> getRegisteredJobRunnerKeys();

    @Nonnull
    Set<JobRunnerKey> getJobRunnerKeysForAllScheduledJobs();

    void scheduleJob(JobId jobId, JobConfig jobConfig) throws SchedulerServiceException;

    @Nonnull
    JobId scheduleJobWithGeneratedId(JobConfig jobConfig) throws SchedulerServiceException;

    void unscheduleJob(JobId jobId);

    @Nullable
    Date calculateNextRunTime(Schedule schedule) throws SchedulerServiceException;

    @Nullable
    Date calculateNextRunTime(Schedule schedule, Date date) throws SchedulerServiceException;

    @CheckForNull
    JobDetails getJobDetails(JobId jobId);

    @Nonnull
    List<JobDetails> getJobsByJobRunnerKey(JobRunnerKey jobRunnerKey);

    @Nonnull
    List<JobDetails> getJobsByJobRunnerKeys(List<JobRunnerKey> jobRunnerKeys);
}
