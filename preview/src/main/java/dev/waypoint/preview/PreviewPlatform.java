package dev.waypoint.preview;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.jira.security.JiraAuthenticationContext;
import dev.waypoint.preview.i18n.PreviewI18n;
import dev.waypoint.preview.user.PreviewDirectory;
import dev.waypoint.preview.user.PreviewSession;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

/**
 * What the preview provides in place of Jira, handed to every {@link PreviewModule}: the app's Active Objects (HSQLDB
 * file, schema migrated), whether the data folder is new (then a module loads its sample data), the current preview
 * user (also as Jira's {@link JiraAuthenticationContext}), the users and sample projects, the i18n bundle, a clock and
 * the data folder (for what stands in for Jira's own storage, e.g. dashboards).
 */
public record PreviewPlatform(ActiveObjects activeObjects, boolean newDataFolder, PreviewSession session,
        JiraAuthenticationContext authenticationContext, PreviewDirectory directory, PreviewI18n i18n, Clock clock,
        Path dataFolder) {

    public PreviewPlatform {
        Objects.requireNonNull(activeObjects, "'activeObjects' must not be null");
        Objects.requireNonNull(session, "'session' must not be null");
        Objects.requireNonNull(authenticationContext, "'authenticationContext' must not be null");
        Objects.requireNonNull(directory, "'directory' must not be null");
        Objects.requireNonNull(i18n, "'i18n' must not be null");
        Objects.requireNonNull(clock, "'clock' must not be null");
        Objects.requireNonNull(dataFolder, "'dataFolder' must not be null");
    }
}
