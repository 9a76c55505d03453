package dev.waypoint.preview.userpicker;

import dev.waypoint.jira.platform.JiraCurrentUser;
import dev.waypoint.preview.PreviewContribution;
import dev.waypoint.preview.PreviewModule;
import dev.waypoint.preview.PreviewPlatform;
import dev.waypoint.preview.rest.RestModule;
import dev.waypoint.preview.sample.SamplePeople;
import java.util.List;

/**
 * Jira's REST endpoint that Jira's user picker calls, {@code GET /rest/api/2/user/picker} ({@link UserPickerResource}),
 * over the preview's users (the four preview users and the directory-only agents), as REST module {@code api/2}. The
 * KPI dialog's owner picker uses it (issue 10); another picker of Jira users can use it as it is.
 */
public final class UserPickerModule implements PreviewModule {

    @Override
    public PreviewContribution contribute(PreviewPlatform platform) {
        return new PreviewContribution(List.of(new RestModule("api", "2", List.of(new UserPickerResource(
                new JiraCurrentUser(platform.authenticationContext()),
                new SamplePeople(platform.directory()).users())))), List.of());
    }
}
