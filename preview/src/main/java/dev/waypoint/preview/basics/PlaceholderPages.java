package dev.waypoint.preview.basics;

import dev.waypoint.preview.page.PageNotFoundException;
import dev.waypoint.preview.page.PageRequest;
import dev.waypoint.preview.page.PageView;
import dev.waypoint.preview.user.PreviewDirectory;
import dev.waypoint.preview.user.SampleProject;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stand-ins for the app's project page ({@code /projects/{KEY}/waypoint}) and issue view ({@code /browse/{KEY-1}})
 * until they are wired: they say the surface comes later. Unknown projects and malformed keys give the 404 page.
 */
final class PlaceholderPages {

    static final String TEMPLATE = "templates/preview/placeholder.vm";

    private static final Pattern ISSUE_KEY = Pattern.compile("(" + SampleProject.KEY.pattern() + ")-[1-9][0-9]{0,8}");

    private final PreviewDirectory directory;

    PlaceholderPages(PreviewDirectory directory) {
        this.directory = Objects.requireNonNull(directory, "'directory' must not be null");
    }

    PageView projectPage(PageRequest request) {
        String projectKey = request.pathParameter("projectKey");
        requireSampleProject(projectKey);
        return PageView.of("waypoint.preview.placeholder.projectPage.title", TEMPLATE,
                        new PlaceholderModel("waypoint.preview.placeholder.projectPage.heading", projectKey))
                .withTitleArguments(projectKey);
    }

    PageView issueView(PageRequest request) {
        String issueKey = request.pathParameter("issueKey");
        Matcher matcher = ISSUE_KEY.matcher(issueKey);
        if (!matcher.matches()) {
            throw new PageNotFoundException("not an issue key: " + issueKey);
        }
        requireSampleProject(matcher.group(1));
        return PageView.of("waypoint.preview.placeholder.issueView.title", TEMPLATE,
                        new PlaceholderModel("waypoint.preview.placeholder.issueView.heading", issueKey))
                .withTitleArguments(issueKey);
    }

    private void requireSampleProject(String projectKey) {
        if (directory.projects().stream().noneMatch(project -> project.key().equals(projectKey))) {
            throw new PageNotFoundException("no sample project " + projectKey);
        }
    }
}
