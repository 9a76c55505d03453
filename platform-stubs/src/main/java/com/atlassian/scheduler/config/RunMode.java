// Mirror of com.atlassian.scheduler.config.RunMode for Jira Data Center 11.3 LTS (com.atlassian.scheduler:atlassian-scheduler-api).
// Source: https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/RunMode.html (RUN_ONCE_PER_CLUSTER, RUN_LOCALLY)
// Not confirmed for Jira 10/11: RUN_ONCE_PER_CLUSTER <- the atlassian-scheduler API has kept these members since
//         1.x/2.0 (https://docs.atlassian.com/atlassian-scheduler/2.0.0/apidocs/), but no Jira 10/11 app using the
//         scheduler was found; there is no other form to replace it with
package com.atlassian.scheduler.config;

import com.atlassian.annotations.PublicApi;

@PublicApi
public enum RunMode {
    RUN_ONCE_PER_CLUSTER,
    RUN_LOCALLY
}
