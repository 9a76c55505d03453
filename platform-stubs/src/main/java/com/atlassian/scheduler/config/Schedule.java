// Mirror of com.atlassian.scheduler.config.Schedule for Jira Data Center 11.3 LTS (com.atlassian.scheduler:atlassian-scheduler-api).
// Source: https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/Schedule.html; Schedule.runOnce usage: collabsoft-net/clustering-api-jira
//         src/main/java/net/collabsoft/clustering/jira/scheduler/AbstractClusteredScheduler.java
//         getIntervalScheduleInfo() (same Javadoc page: "call the appropriate getter (getIntervalScheduleInfo() for
//         Schedule.Type.INTERVAL ...)"), returning IntervalScheduleInfo (see that mirror).
// Signatures only: every method throws. Left out: getCronScheduleInfo() (CronScheduleInfo not mirrored) and the
// @Immutable annotation.
// Not confirmed for Jira 10/11: forInterval, getIntervalScheduleInfo, getType, Type.INTERVAL <- the atlassian-scheduler
//         API has kept these members since 1.x/2.0 (https://docs.atlassian.com/atlassian-scheduler/2.0.0/apidocs/), but
//         no Jira 10/11 app using the scheduler was found; there is no other form to replace it with
package com.atlassian.scheduler.config;

import com.atlassian.annotations.PublicApi;
import java.util.Date;
import java.util.TimeZone;
import javax.annotation.Nullable;

@PublicApi
public final class Schedule {

    public enum Type {
        INTERVAL,
        CRON_EXPRESSION
    }

    private Schedule() {
        throw new UnsupportedOperationException("stub");
    }

    public static Schedule forInterval(long intervalInMillis, @Nullable Date firstRunTime) {
        throw new UnsupportedOperationException("stub");
    }

    public static Schedule forCronExpression(String cronExpression) {
        throw new UnsupportedOperationException("stub");
    }

    public static Schedule forCronExpression(String cronExpression, @Nullable TimeZone timeZone) {
        throw new UnsupportedOperationException("stub");
    }

    public static Schedule runOnce(@Nullable Date runTime) {
        throw new UnsupportedOperationException("stub");
    }

    public Type getType() {
        throw new UnsupportedOperationException("stub");
    }

    /** {@code null} unless {@link #getType()} is {@link Type#INTERVAL}. */
    @Nullable
    public IntervalScheduleInfo getIntervalScheduleInfo() {
        throw new UnsupportedOperationException("stub");
    }
}
