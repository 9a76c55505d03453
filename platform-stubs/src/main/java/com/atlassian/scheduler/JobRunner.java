// Mirror of com.atlassian.scheduler.JobRunner for Jira Data Center 11.3 LTS (com.atlassian.scheduler:atlassian-scheduler-api).
// Source: https://docs.atlassian.com/atlassian-scheduler/2.0.0/apidocs/com/atlassian/scheduler/JobRunner.html (@PublicSpi; null == success)
// Signatures only.
// Not confirmed for Jira 10/11: runJob <- the atlassian-scheduler API has kept these members since 1.x/2.0
//         (https://docs.atlassian.com/atlassian-scheduler/2.0.0/apidocs/), but no Jira 10/11 app using the scheduler
//         was found; there is no other form to replace it with
package com.atlassian.scheduler;

import com.atlassian.annotations.PublicSpi;
import javax.annotation.Nullable;

@PublicSpi
public interface JobRunner {

    @Nullable
    JobRunnerResponse runJob(JobRunnerRequest request);
}
