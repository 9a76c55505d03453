// Mirror of com.atlassian.scheduler.SchedulerServiceException for Jira Data Center 11.3 LTS (com.atlassian.scheduler:atlassian-scheduler-api).
// Source: https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/class-use/SchedulerServiceException.html (thrown by scheduleJob/scheduleJobWithGeneratedId/calculateNextRunTime);
//         checked, as opposed to the unchecked https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/SchedulerRuntimeException.html
// Constructors are stubs.
// UNVERIFIED: constructor list ((String), (String, Throwable) assumed, mirroring SchedulerRuntimeException).
package com.atlassian.scheduler;

import com.atlassian.annotations.PublicApi;

@PublicApi
public class SchedulerServiceException extends Exception {

    private static final long serialVersionUID = 1L;

    public SchedulerServiceException(String message) {
        throw new UnsupportedOperationException("stub");
    }

    public SchedulerServiceException(String message, Throwable cause) {
        throw new UnsupportedOperationException("stub");
    }
}
