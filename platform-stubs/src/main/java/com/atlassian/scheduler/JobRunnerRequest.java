// Mirror of com.atlassian.scheduler.JobRunnerRequest for Jira Data Center 11.3 LTS (com.atlassian.scheduler:atlassian-scheduler-api).
// Source: https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/package-summary.html (interface); members per reference doc section 2.11 (CFR-decompiled public copy, repository not identified)
// Signatures only.
// UNVERIFIED: member list; only getStartTime(), getJobId(), getJobConfig(), isCancellationRequested() are mirrored
// (the real interface may also expose convenience getters such as getJobRunnerKey()).
package com.atlassian.scheduler;

import com.atlassian.annotations.PublicApi;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import java.util.Date;
import javax.annotation.Nonnull;

@PublicApi
public interface JobRunnerRequest {

    @Nonnull
    Date getStartTime();

    @Nonnull
    JobId getJobId();

    @Nonnull
    JobConfig getJobConfig();

    boolean isCancellationRequested();
}
