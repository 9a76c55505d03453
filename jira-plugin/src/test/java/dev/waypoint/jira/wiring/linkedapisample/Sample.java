package dev.waypoint.jira.wiring.linkedapisample;

import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.sal.api.transaction.TransactionCallback;

/** Uses the Atlassian API in the ways LinkedApi reads: a call, a static field, an override, an annotation, a lambda. */
public class Sample implements LifecycleAware {

    @ComponentImport("sampleUserManager")
    private UserManager userManager;

    public ApplicationUser user(String key) {
        return userManager.getUserByKey(key);
    }

    public ProjectPermissionKey browse() {
        return ProjectPermissions.BROWSE_PROJECTS;
    }

    public TransactionCallback<String> callback() {
        return () -> "done";
    }

    @Override
    public void onStart() {
    }

    @Override
    public void onStop() {
    }
}
