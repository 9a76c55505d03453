package dev.waypoint.jira.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import dev.waypoint.issue.IssueId;
import dev.waypoint.issue.IssueRef;
import dev.waypoint.jira.platform.JiraUsers;
import dev.waypoint.shared.UserKey;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class JiraIssueDirectoryTest {

    private static final UserKey ALICE = new UserKey("alice");

    @Mock
    private IssueManager issueManager;
    @Mock
    private PermissionManager permissionManager;
    @Mock
    private CustomFieldManager customFieldManager;
    @Mock
    private JiraUsers users;
    @Mock
    private ApplicationUser alice;
    @Mock
    private CustomField epicLink;

    private JiraIssueDirectory directory;

    @BeforeEach
    void setUp() {
        directory = new JiraIssueDirectory(issueManager, permissionManager, customFieldManager, users);
        lenient().when(users.active(ALICE)).thenReturn(Optional.of(alice));
        lenient().when(customFieldManager.getCustomFieldObjectsByName(JiraIssueDirectory.EPIC_LINK))
                .thenReturn(List.of(epicLink));
    }

    private MutableIssue issue(long id, String key, String statusCategory, boolean browsable) {
        MutableIssue issue = mock(MutableIssue.class);
        Project project = mock(Project.class);
        Status status = mock(Status.class);
        StatusCategory category = mock(StatusCategory.class);
        lenient().when(issue.getId()).thenReturn(id);
        lenient().when(issue.getKey()).thenReturn(key);
        lenient().when(issue.getSummary()).thenReturn("Summary of " + key);
        lenient().when(issue.getProjectObject()).thenReturn(project);
        lenient().when(project.getKey()).thenReturn(key.substring(0, key.indexOf('-')));
        lenient().when(issue.getStatus()).thenReturn(status);
        lenient().when(status.getStatusCategory()).thenReturn(category);
        lenient().when(category.getKey()).thenReturn(statusCategory);
        lenient().when(permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, alice))
                .thenReturn(browsable);
        return issue;
    }

    @Test
    void givenBrowsableIssueInAnEpic_findingByKey_answersItWithStatusCategoryAndEpic() {
        MutableIssue epic = issue(10, "SUP-1", StatusCategory.IN_PROGRESS, true);
        MutableIssue story = issue(11, "SUP-2", StatusCategory.COMPLETE, true);
        when(story.getCustomFieldValue(epicLink)).thenReturn(epic);
        when(issueManager.getIssueObject("SUP-2")).thenReturn(story);

        Optional<IssueRef> found = directory.findVisible(ALICE, "SUP-2");

        assertThat(found).hasValueSatisfying(issue -> {
            assertThat(issue.id()).isEqualTo(new IssueId(11));
            assertThat(issue.summary()).isEqualTo("Summary of SUP-2");
            assertThat(issue.statusCategory()).isEqualTo(dev.waypoint.issue.StatusCategory.DONE);
            assertThat(issue.epicKey()).isEqualTo("SUP-1");
            assertThat(issue.epicId()).isEqualTo(new IssueId(10));
            assertThat(issue.project().value()).isEqualTo("SUP");
        });
        verify(permissionManager).hasPermission(eq(ProjectPermissions.BROWSE_PROJECTS), eq((Issue) story), eq(alice));
    }

    @Test
    void givenIssueWithoutBrowsePermission_findingByKey_findsNothing() {
        MutableIssue secret = issue(12, "OPS-1", StatusCategory.TO_DO, false);
        when(issueManager.getIssueObject("OPS-1")).thenReturn(secret);

        assertThat(directory.findVisible(ALICE, "OPS-1")).isEmpty();
    }

    @Test
    void givenUnknownKeyOrUnknownUser_finding_findsNothing() {
        when(issueManager.getIssueObject(anyString())).thenReturn(null);
        when(users.active(new UserKey("ghost"))).thenReturn(Optional.empty());

        assertThat(directory.findVisible(ALICE, "SUP-404")).isEmpty();
        assertThat(directory.findVisible(new UserKey("ghost"), "SUP-1")).isEmpty();
        assertThat(directory.findVisible(new UserKey("ghost"), List.of(new IssueId(1)))).isEmpty();
    }

    @Test
    void givenEpicTheViewerMayNotSee_findingByKey_answersTheIssueWithoutEpic() {
        MutableIssue epic = issue(20, "OPS-9", StatusCategory.TO_DO, false);
        MutableIssue story = issue(21, "SUP-3", StatusCategory.TO_DO, true);
        when(story.getCustomFieldValue(epicLink)).thenReturn(epic);
        when(issueManager.getIssueObject("SUP-3")).thenReturn(story);

        IssueRef found = directory.findVisible(ALICE, "SUP-3").orElseThrow();

        assertThat(found.hasEpic()).isFalse();
    }

    @Test
    void givenSubTask_findingByKey_answersTheEpicOfItsParent() {
        MutableIssue epic = issue(30, "SUP-10", StatusCategory.TO_DO, true);
        MutableIssue parent = issue(31, "SUP-11", StatusCategory.TO_DO, true);
        MutableIssue subTask = issue(32, "SUP-12", StatusCategory.TO_DO, true);
        when(subTask.isSubTask()).thenReturn(true);
        when(subTask.getParentObject()).thenReturn(parent);
        when(parent.getCustomFieldValue(epicLink)).thenReturn(epic);
        when(issueManager.getIssueObject("SUP-12")).thenReturn(subTask);

        assertThat(directory.findVisible(ALICE, "SUP-12").orElseThrow().epicKey()).isEqualTo("SUP-10");
    }

    @Test
    void givenSeveralIds_findingByIds_answersOnlyTheVisibleOnesInOneLookup() {
        MutableIssue visible = issue(40, "SUP-40", StatusCategory.TO_DO, true);
        MutableIssue hidden = issue(41, "OPS-41", StatusCategory.TO_DO, false);
        when(issueManager.getIssueObjects(any())).thenReturn(List.of(visible, hidden));

        Map<IssueId, IssueRef> found = directory.findVisible(ALICE, List.of(new IssueId(40), new IssueId(41),
                new IssueId(40), new IssueId(42)));

        assertThat(found).containsOnlyKeys(new IssueId(40));
        verify(issueManager).getIssueObjects(List.of(40L, 41L, 42L));
    }

    @Test
    void givenNoEpicLinkField_findingByKey_answersIssuesWithoutEpic() {
        when(customFieldManager.getCustomFieldObjectsByName(JiraIssueDirectory.EPIC_LINK)).thenReturn(null);
        MutableIssue story = issue(50, "SUP-50", StatusCategory.TO_DO, true);
        when(issueManager.getIssueObject("SUP-50")).thenReturn(story);

        assertThat(directory.findVisible(ALICE, "SUP-50").orElseThrow().hasEpic()).isFalse();
    }

    @Test
    void givenStatusCategories_mapping_followsJirasKeys() {
        assertThat(JiraIssueDirectory.category(null)).isEqualTo(dev.waypoint.issue.StatusCategory.TO_DO);
        Status undefined = mock(Status.class);
        StatusCategory category = mock(StatusCategory.class);
        when(undefined.getStatusCategory()).thenReturn(category);
        when(category.getKey()).thenReturn(StatusCategory.UNDEFINED);
        assertThat(JiraIssueDirectory.category(undefined)).isEqualTo(dev.waypoint.issue.StatusCategory.TO_DO);
    }
}
