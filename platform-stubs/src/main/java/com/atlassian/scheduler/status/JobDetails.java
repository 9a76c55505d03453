// Mirror of com.atlassian.scheduler.status.JobDetails for Jira Data Center 11.3 LTS (com.atlassian.scheduler:atlassian-scheduler-api).
// Source: https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/status/JobDetails.html
// Complete interface as listed there (an interface, not a class). Signatures only.
// Not confirmed for Jira 10/11: getJobRunnerKey, getRunMode, getSchedule <- the atlassian-scheduler API has kept these
//         members since 1.x/2.0 (https://docs.atlassian.com/atlassian-scheduler/2.0.0/apidocs/), but no Jira 10/11 app
//         using the scheduler was found; there is no other form to replace it with
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
