package dev.waypoint.preview.jira;

import dev.waypoint.access.AccessFacts;
import dev.waypoint.access.AccessSettings;
import dev.waypoint.preview.PreviewContribution;
import dev.waypoint.preview.PreviewModule;
import dev.waypoint.preview.PreviewPlatform;
import dev.waypoint.preview.issues.PreviewUserDirectory;
import dev.waypoint.preview.issues.SampleIssueSearch;
import dev.waypoint.preview.issues.SearchMessages;
import dev.waypoint.preview.rest.RestModule;
import dev.waypoint.preview.sample.SampleProjects;
import dev.waypoint.preview.sample.SampleWorld;
import dev.waypoint.preview.user.PreviewUser;
import dev.waypoint.preview.wiring.PreviewAccessFacts;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Jira's REST endpoints behind Jira's user picker and issue picker (issue 13), at {@code /rest/api/2/}, over the
 * sample world (its users, issues and permissions as the app's ports see them): {@link UserPickerResource} and
 * {@link IssuePickerResource}. The app's dialogs call exactly these endpoints in Jira.
 */
public final class JiraPickersModule implements PreviewModule {

    @Override
    public PreviewContribution contribute(PreviewPlatform platform) {
        SampleWorld world = SampleWorld.create(platform.clock(), platform.directory());
        AccessFacts facts = new PreviewAccessFacts(platform.directory(), world.people().permissionsLike(),
                world.people().groups(), SampleProjects::permissionSchemeOf, () -> AccessSettings.DEFAULTS);
        Map<String, String> emails = platform.directory().users().stream()
                .collect(Collectors.toUnmodifiableMap(PreviewUser::username, PreviewUser::emailAddress));
        SampleIssueSearch search = new SampleIssueSearch(world.tickets().store(), facts,
                new PreviewUserDirectory(world.people().users(), world.people().groups()),
                new SearchMessages(platform.i18n()), platform.clock());
        return new PreviewContribution(List.of(new RestModule("api", "2", List.of(
                new UserPickerResource(platform.session(), facts, world.people().users(), emails),
                new IssuePickerResource(platform.session(), facts, world.tickets().store(), search,
                        platform.clock())))), List.of());
    }
}
