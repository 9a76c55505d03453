// Mirror of com.atlassian.scheduler.status.JobDetails for Jira Data Center 11.3 LTS (com.atlassian.scheduler:atlassian-scheduler-api).
// Source: https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/status/JobDetails.html
// Complete interface as listed there (an interface, not a class). Signatures only.
package com.atlassian.scheduler.status;

import com.atlassian.annotations.PublicApi;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import java.io.Serializable;
import java.util.Date;
import java.util.Map;
import javax.annotation.Nonnull;
import javax.annotation.Nullable;

@PublicApi
public interface JobDetails {

    @Nonnull
    JobId getJobId();

    @Nonnull
    JobRunnerKey getJobRunnerKey();

    @Nonnull
    RunMode getRunMode();

    @Nonnull
    Schedule getSchedule();

    @Nullable
    Date getNextRunTime();

    @Nonnull
    Map<String, Serializable> getParameters();

    boolean isRunnable();
}
