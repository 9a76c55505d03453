// Mirror of com.atlassian.sal.api.lifecycle.LifecycleAware for Jira Data Center 11.3 LTS (com.atlassian.sal:sal-api).
// Source: https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/lifecycle/LifecycleAware.html (onStart, onStop)
// Signatures only.
// Jira 10/11: onStart <- deftdevs/bootstrapi@4c9d627 (Jira 11.3.10)
//         commons/src/main/java/com/deftdevs/bootstrapi/commons/startup/StartupConfigLifecycle.java (implements
//         LifecycleAware)
// Not confirmed for Jira 10/11: onStop <- the LifecycleAware implementation of deftdevs/bootstrapi on Jira 11.3.10
//         declares only onStart(), so in Platform 8 onStop() is a default method or gone; Waypoint's onStop()
//         (unregisters the job runner) links either way, it may just never be called
package com.atlassian.sal.api.lifecycle;

public interface LifecycleAware {

    void onStart();

    void onStop();
}
