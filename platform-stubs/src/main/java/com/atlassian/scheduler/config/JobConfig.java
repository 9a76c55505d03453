// Mirror of com.atlassian.scheduler.config.JobConfig for Jira Data Center 11.3 LTS (com.atlassian.scheduler:atlassian-scheduler-api).
// Source: https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/JobConfig.html
// Signatures only: every method throws (incl. equals/hashCode/toString, which the real class overrides).
// Left out: the @Immutable annotation.
// Not confirmed for Jira 10/11: forJobRunnerKey, withRunMode, withSchedule <- the atlassian-scheduler API has kept
//         these members since 1.x/2.0 (https://docs.atlassian.com/atlassian-scheduler/2.0.0/apidocs/), but no Jira
//         10/11 app using the scheduler was found; there is no other form to replace it with
package com.atlassian.scheduler.config;

import com.atlassian.annotations.PublicApi;
import java.io.Serializable;
import java.util.Map;

@PublicApi
public final class JobConfig {

    private JobConfig() {
        throw new UnsupportedOperationException("stub");
    }

    public static JobConfig forJobRunnerKey(JobRunnerKey jobRunnerKey) {
        throw new UnsupportedOperationException("stub");
    }

    public JobRunnerKey getJobRunnerKey() {
        throw new UnsupportedOperationException("stub");
    }

    public RunMode getRunMode() {
        throw new UnsupportedOperationException("stub");
    }

    public Schedule getSchedule() {
        throw new UnsupportedOperationException("stub");
    }

    public Map<String, Serializable> getParameters() {
        throw new UnsupportedOperationException("stub");
    }

    public JobConfig withRunMode(RunMode runMode) {
        throw new UnsupportedOperationException("stub");
    }

    public JobConfig withSchedule(Schedule schedule) {
        throw new UnsupportedOperationException("stub");
    }

    public JobConfig withParameters(Map<String, Serializable> parameters) {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public boolean equals(Object o) {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public int hashCode() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public String toString() {
        throw new UnsupportedOperationException("stub");
    }
}
