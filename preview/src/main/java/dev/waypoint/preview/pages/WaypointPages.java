package dev.waypoint.preview.pages;

import com.atlassian.jira.issue.Issue;
import dev.waypoint.access.CurrentUser;
import dev.waypoint.access.Permissions;
import dev.waypoint.issue.IssueDirectory;
import dev.waypoint.issue.IssueRef;
import dev.waypoint.jira.web.IssuePanelContextProvider;
import dev.waypoint.jira.web.IssuePanelModel;
import dev.waypoint.jira.web.ProjectPageContextProvider;
import dev.waypoint.jira.web.ProjectPageModel;
import dev.waypoint.preview.page.PageNotFoundException;
import dev.waypoint.preview.page.PageRequest;
import dev.waypoint.preview.page.PageRoute;
import dev.waypoint.preview.page.PageView;
import dev.waypoint.preview.user.PreviewDirectory;
import dev.waypoint.preview.user.SampleProject;
import dev.waypoint.shared.UserKey;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The project page and the issue view of the preview. Each request builds the app's context provider with a fresh
 * {@link RecordingPageBuilder}, calls it with the Jira object of the page (a {@link PreviewProject}, a
 * {@link PreviewIssue}), and renders the app's template with the view model it returned, loading the web resources it
 * required.
 */
public final class WaypointPages {

    public static final String PROJECT_PAGE = "/projects/{projectKey}/waypoint";
    public static final String ISSUE_VIEW = "/browse/{issueKey}";
    static final String PROJECT_TEMPLATE = "templates/preview-pages/project-view.vm";
    static final String ISSUE_TEMPLATE = "templates/preview-pages/issue-view.vm";

    private static final Pattern ISSUE_KEY = Pattern.compile("(" + SampleProject.KEY.pattern() + ")-[1-9][0-9]{0,8}");
    private static final Map<String, String> STATUS_KEYS = Map.of("TO_DO", "waypoint.web.status.TO_DO",
            "IN_PROGRESS", "waypoint.web.status.IN_PROGRESS", "DONE", "waypoint.web.status.DONE");

    private final CurrentUser currentUser;
    private final Permissions permissions;
    private final IssueDirectory issues;
    private final PreviewDirectory directory;

    public WaypointPages(CurrentUser currentUser, Permissions permissions, IssueDirectory issues,
            PreviewDirectory directory) {
        this.currentUser = Objects.requireNonNull(currentUser, "'currentUser' must not be null");
        this.permissions = Objects.requireNonNull(permissions, "'permissions' must not be null");
        this.issues = Objects.requireNonNull(issues, "'issues' must not be null");
        this.directory = Objects.requireNonNull(directory, "'directory' must not be null");
    }

    public List<PageRoute> routes() {
        return List.of(new PageRoute(PROJECT_PAGE, this::projectPage), new PageRoute(ISSUE_VIEW, this::issueView));
    }

    static String projectPageUrl(String projectKey) {
        return "/projects/" + projectKey + "/waypoint";
    }

    private PreviewProject project(String key) {
        SampleProject project = directory.projects().stream().filter(p -> p.key().equals(key)).findFirst()
                .orElseThrow(() -> new PageNotFoundException("no sample project " + key));
        long id = 10000L + directory.projects().indexOf(project);
        return new PreviewProject(id, project.key(), project.name());
    }

    /** {@code /projects/{KEY}/waypoint}: the project page "OKRs &amp; KPIs". */
    PageView projectPage(PageRequest request) {
        PreviewProject project = project(request.pathParameter("projectKey"));
        RecordingPageBuilder pageBuilder = new RecordingPageBuilder();
        Map<String, Object> context = new ProjectPageContextProvider(currentUser, permissions, pageBuilder)
                .getContextMap(new HashMap<>(Map.of(ProjectPageContextProvider.PROJECT, project)));
        ProjectPageModel model = (ProjectPageModel) context.get(ProjectPageContextProvider.MODEL);
        ProjectFrame frame = new ProjectFrame(project.key(), project.name(), projectPageUrl(project.key()),
                KpiPages.projectKpisUrl(project.key()));
        return new PageView("waypoint.preview.pages.project.title", List.of(project.name()), PROJECT_TEMPLATE,
                Map.of("model", model, "frame", frame), pageBuilder.required());
    }

    /** {@code /browse/{ISSUE-KEY}}: the issue view with the issue panel. */
    PageView issueView(PageRequest request) {
        String issueKey = request.pathParameter("issueKey");
        Matcher matcher = ISSUE_KEY.matcher(issueKey);
        if (!matcher.matches()) {
            throw new PageNotFoundException("not an issue key: " + issueKey);
        }
        PreviewProject project = project(matcher.group(1));
        Optional<UserKey> viewer = currentUser.key();
        Optional<IssueRef> issue = viewer.flatMap(user -> issues.findVisible(user, issueKey));
        if (issue.isEmpty()) {
            IssueFrame hidden = new IssueFrame(issueKey, false, null, null, null, project.key(), project.name(),
                    projectPageUrl(project.key()));
            return new PageView("waypoint.preview.pages.issue.title", List.of(issueKey), ISSUE_TEMPLATE,
                    Map.of("frame", hidden), List.of());
        }
        IssueRef ref = issue.get();
        RecordingPageBuilder pageBuilder = new RecordingPageBuilder();
        Issue jiraIssue = new PreviewIssue(ref, project);
        Map<String, Object> context = new IssuePanelContextProvider(currentUser, permissions, pageBuilder)
                .getContextMap(new HashMap<>(Map.of(IssuePanelContextProvider.ISSUE, jiraIssue)));
        IssuePanelModel model = (IssuePanelModel) context.get(IssuePanelContextProvider.MODEL);
        IssueFrame frame = new IssueFrame(ref.key(), true, ref.summary(), STATUS_KEYS.get(ref.statusCategory().name()),
                ref.epicKey(), project.key(), project.name(), projectPageUrl(project.key()));
        return new PageView("waypoint.preview.pages.issue.title", List.of(ref.key()), ISSUE_TEMPLATE,
                Map.of("model", model, "frame", frame), pageBuilder.required());
    }
}
