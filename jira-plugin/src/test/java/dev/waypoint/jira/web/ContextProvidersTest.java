package dev.waypoint.jira.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;
import dev.waypoint.access.InMemoryAccessFacts;
import dev.waypoint.access.Permissions;
import dev.waypoint.shared.UserKey;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

/** The context providers of the project page and the issue panel, on the stubs of Jira's types. */
class ContextProvidersTest {

    private final InMemoryAccessFacts facts = new InMemoryAccessFacts()
            .licensed("lead").browse("lead", "SUP")
            .licensed("outsider");
    private final Permissions permissions = new Permissions(facts);
    private final PageBuilderService pageBuilder = mock(PageBuilderService.class);
    private final RequiredResources resources = mock(RequiredResources.class);
    private Optional<UserKey> viewer = Optional.empty();

    @BeforeEach
    void pageBuilder() {
        WebResourceAssembler assembler = mock(WebResourceAssembler.class);
        when(pageBuilder.assembler()).thenReturn(assembler);
        when(assembler.resources()).thenReturn(resources);
        when(resources.requireWebResource(Mockito.anyString())).thenReturn(resources);
    }

    private void viewAs(String user) {
        viewer = Optional.ofNullable(user).map(UserKey::new);
    }

    private static Project project(String key, String name) {
        Project project = mock(Project.class);
        when(project.getKey()).thenReturn(key);
        when(project.getName()).thenReturn(name);
        return project;
    }

    @Nested
    class ProjectPage {

        private final ProjectPageContextProvider provider = new ProjectPageContextProvider(() -> viewer, permissions,
                pageBuilder);

        private ProjectPageModel model(Map<String, Object> context) {
            return (ProjectPageModel) provider.getContextMap(context).get("model");
        }

        @Test
        void givenAViewerWhoMayBrowse_buildingTheContext_givesTheModelAndRequiresThePagesResources() {
            viewAs("lead");
            Map<String, Object> context = new HashMap<>(Map.of("project", project("SUP", "Customer Support"),
                    "i18n", "jira's i18n"));

            Map<String, Object> result = provider.getContextMap(context);

            assertThat(result.get("model"))
                    .isEqualTo(new ProjectPageModel("SUP", "Customer Support", "lead", ViewerAccess.VIEW));
            assertThat(result).containsEntry("i18n", "jira's i18n");
            verify(resources).requireWebResource("dev.waypoint.waypoint-jira:waypoint-project-page");
        }

        @Test
        void givenAViewerWithoutBrowseProjects_buildingTheContext_deniesAndRequiresNothing() {
            viewAs("outsider");

            assertThat(model(Map.of("project", project("SUP", "Customer Support"))).access())
                    .isEqualTo(ViewerAccess.NO_PERMISSION);
            verify(resources, never()).requireWebResource(Mockito.anyString());
        }

        @Test
        void givenNobodyLoggedIn_buildingTheContext_asksToLogIn() {
            viewAs(null);

            ProjectPageModel model = model(Map.of("project", project("SUP", "Customer Support")));

            assertThat(model.notLoggedIn()).isTrue();
            assertThat(model.viewerKey()).isEmpty();
        }

        @Test
        void givenNoProjectInJirasContext_buildingTheContext_deniesWithoutFailing() {
            viewAs("lead");

            ProjectPageModel model = model(Map.of());

            assertThat(model.canView()).isFalse();
            assertThat(model.projectKey()).isEmpty();
        }

        @Test
        void givenAProjectWithoutName_buildingTheModel_showsTheKeyAsName() {
            viewAs("lead");

            assertThat(model(Map.of("project", project("SUP", null))).projectName()).isEqualTo("SUP");
        }
    }

    @Nested
    class IssuePanel {

        private final IssuePanelContextProvider provider = new IssuePanelContextProvider(() -> viewer, permissions,
                pageBuilder);

        private Issue issue(String key, String projectKey) {
            Issue issue = mock(Issue.class);
            when(issue.getKey()).thenReturn(key);
            Project project = projectKey == null ? null : project(projectKey, "Customer Support");
            when(issue.getProjectObject()).thenReturn(project);
            return issue;
        }

        private IssuePanelModel model(Map<String, Object> context) {
            return (IssuePanelModel) provider.getContextMap(context).get("model");
        }

        @Test
        void givenAViewerWhoMayBrowse_buildingTheContext_givesTheModelAndRequiresThePanelsResources() {
            viewAs("lead");

            assertThat(model(Map.of("issue", issue("SUP-12", "SUP"))))
                    .isEqualTo(new IssuePanelModel("SUP-12", "SUP", ViewerAccess.VIEW));
            verify(resources).requireWebResource("dev.waypoint.waypoint-jira:waypoint-issue-panel");
        }

        @Test
        void givenAViewerWithoutBrowseProjects_buildingTheContext_denies() {
            viewAs("outsider");

            assertThat(model(Map.of("issue", issue("SUP-12", "SUP"))).access()).isEqualTo(ViewerAccess.NO_PERMISSION);
            verify(resources, never()).requireWebResource(Mockito.anyString());
        }

        @Test
        void givenNobodyLoggedIn_buildingTheContext_asksToLogIn() {
            viewAs(null);

            assertThat(model(Map.of("issue", issue("SUP-12", "SUP"))).access()).isEqualTo(ViewerAccess.NOT_LOGGED_IN);
        }

        @Test
        void givenNoIssueOrAnIssueWithoutProject_buildingTheContext_deniesWithoutFailing() {
            viewAs("lead");

            assertThat(model(Map.of()).canView()).isFalse();
            assertThat(model(Map.of("issue", issue("SUP-12", null))).canView()).isFalse();
        }
    }
}
