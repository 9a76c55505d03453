package dev.waypoint.preview.user;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;
import java.util.Locale;
import java.util.Objects;

/**
 * Jira's {@link JiraAuthenticationContext} over the preview's thread-bound user: what the app's services and REST
 * resources are given in the preview where Jira would inject its own.
 */
public final class PreviewAuthenticationContext implements JiraAuthenticationContext {

    private final ThreadUsers users;
    private final PreviewDirectory directory;
    private final I18nHelper i18n;

    public PreviewAuthenticationContext(ThreadUsers users, PreviewDirectory directory, I18nHelper i18n) {
        this.users = Objects.requireNonNull(users, "'users' must not be null");
        this.directory = Objects.requireNonNull(directory, "'directory' must not be null");
        this.i18n = Objects.requireNonNull(i18n, "'i18n' must not be null");
    }

    @Override
    public ApplicationUser getLoggedInUser() {
        return users.currentUser().orElse(null);
    }

    @Override
    public boolean isLoggedInUser() {
        return users.currentUser().isPresent();
    }

    @Override
    public Locale getLocale() {
        return i18n.getLocale();
    }

    @Override
    public I18nHelper getI18nHelper() {
        return i18n;
    }

    /** As in Jira, e.g. to run a job as a KPI's owner; the user must be one of the directory's. */
    @Override
    public void setLoggedInUser(ApplicationUser user) {
        if (user == null) {
            users.clear();
            return;
        }
        users.set(directory.find(user.getUsername()).orElseThrow(
                () -> new IllegalArgumentException("'" + user.getUsername() + "' is not a preview user")));
    }

    @Override
    public void clearLoggedInUser() {
        users.clear();
    }
}
