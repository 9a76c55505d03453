// Mirror of com.atlassian.scheduler.config.IntervalScheduleInfo for Jira Data Center 11.3 LTS (com.atlassian.scheduler:atlassian-scheduler-api).
// Source: https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/Schedule.html
//         (getIntervalScheduleInfo() returns it for Schedule.Type.INTERVAL); members from a CFR-decompiled public copy of
//         com/atlassian/scheduler/config/IntervalScheduleInfo.java found by the code index (repository not identified):
//         @Immutable @PublicApi final class, package-private constructor, Date getFirstRunTime() (@Nullable), long getIntervalInMillis();
//         getIntervalInMillis() used on Jira 9+/Confluence code bases (e.g. the scheduler admin page's getSchedule()).
// Signatures only: every method throws. Left out: the @Immutable annotation.
// Not confirmed for Jira 10/11: getIntervalInMillis <- the atlassian-scheduler API has kept these members since 1.x/2.0
//         (https://docs.atlassian.com/atlassian-scheduler/2.0.0/apidocs/), but no Jira 10/11 app using the scheduler
//         was found; there is no other form to replace it with
package com.atlassian.scheduler.config;

import com.atlassian.annotations.PublicApi;
import java.util.Date;
import javax.annotation.Nullable;

@PublicApi
public final class IntervalScheduleInfo {

    IntervalScheduleInfo(@Nullable Date firstRunTime, long intervalInMillis) {
        throw new UnsupportedOperationException("stub");
    }

    @Nullable
    public Date getFirstRunTime() {
        throw new UnsupportedOperationException("stub");
    }

    public long getIntervalInMillis() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public boolean equals(@Nullable Object o) {
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
