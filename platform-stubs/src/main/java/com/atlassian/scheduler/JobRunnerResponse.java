// Mirror of com.atlassian.scheduler.JobRunnerResponse for Jira Data Center 11.3 LTS (com.atlassian.scheduler:atlassian-scheduler-api).
// Source: https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/class-use/JobRunnerResponse.html (success(), success(String), aborted(String), failed(String), failed(Throwable));
//         final class per reference doc section 2.11
// Signatures only: every method throws. Left out: getRunOutcome() (RunOutcome not mirrored) and the @Immutable annotation.
// UNVERIFIED: getMessage() accessor.
// Not confirmed for Jira 10/11: success, failed <- the atlassian-scheduler API has kept these members since 1.x/2.0
//         (https://docs.atlassian.com/atlassian-scheduler/2.0.0/apidocs/), but no Jira 10/11 app using the scheduler
//         was found; there is no other form to replace it with
package com.atlassian.scheduler;

import com.atlassian.annotations.PublicApi;
import javax.annotation.Nullable;

@PublicApi
public final class JobRunnerResponse {

    private JobRunnerResponse() {
        throw new UnsupportedOperationException("stub");
    }

    public static JobRunnerResponse success() {
        throw new UnsupportedOperationException("stub");
    }

    public static JobRunnerResponse success(@Nullable String message) {
        throw new UnsupportedOperationException("stub");
    }

    public static JobRunnerResponse aborted(String message) {
        throw new UnsupportedOperationException("stub");
    }

    public static JobRunnerResponse failed(String message) {
        throw new UnsupportedOperationException("stub");
    }

    public static JobRunnerResponse failed(Throwable cause) {
        throw new UnsupportedOperationException("stub");
    }

    @Nullable
    public String getMessage() {
        throw new UnsupportedOperationException("stub");
    }
}
