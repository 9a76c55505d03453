// Mirror of com.atlassian.scheduler.config.RunMode for Jira Data Center 11.3 LTS (com.atlassian.scheduler:atlassian-scheduler-api).
// Source: https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/RunMode.html (RUN_ONCE_PER_CLUSTER, RUN_LOCALLY)
package com.atlassian.scheduler.config;

import com.atlassian.annotations.PublicApi;

@PublicApi
public enum RunMode {
    RUN_ONCE_PER_CLUSTER,
    RUN_LOCALLY
}
