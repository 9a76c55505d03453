package dev.waypoint.preview.issues;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.issue.IssueId;
import dev.waypoint.issue.IssueRef;
import dev.waypoint.issue.StatusCategory;
import dev.waypoint.shared.ProjectKey;
import dev.waypoint.shared.UserKey;
import java.util.List;
import org.junit.jupiter.api.Test;

class PreviewIssueDirectoryTest {

    static final UserKey LEAD = new UserKey("lead");

    final PreviewIssueDirectory directory = new PreviewIssueDirectory(TestIssues.store(), TestIssues.access(),
            TestIssues.clockAt(0));

    @Test
    void givenKeyInAnyCase_findVisible_answersTheIssueWithItsEpic() {
        assertThat(directory.findVisible(LEAD, " app-2 ")).contains(new IssueRef(new IssueId(10006), "APP-2",
                "Summary of APP-2", StatusCategory.DONE, new IssueId(10005), "APP-1", new ProjectKey("APP")));
    }

    @Test
    void givenViewerWhoMayNotBrowse_findVisible_answersNothing() {
        UserKey outsider = new UserKey("outsider");

        assertThat(directory.findVisible(outsider, "SUP-1")).isEmpty();
        assertThat(directory.findVisible(outsider, List.of(new IssueId(10001), new IssueId(10009)))).isEmpty();
        assertThat(directory.findVisible(new UserKey("mallory"), "SUP-1")).isEmpty();
    }

    @Test
    void givenIds_findVisible_answersTheKnownOnesOnce() {
        assertThat(directory.findVisible(LEAD, List.of(new IssueId(10009), new IssueId(1), new IssueId(10009))))
                .containsOnlyKeys(new IssueId(10009))
                .hasEntrySatisfying(new IssueId(10009), ref -> assertThat(ref.project()).isEqualTo(
                        new ProjectKey("WEB")));
    }

    @Test
    void givenEarlierClock_findVisible_answersTheIssueAsItWasThen() {
        PreviewIssueDirectory then = new PreviewIssueDirectory(TestIssues.store(), TestIssues.access(),
                TestIssues.clockAt(5));

        assertThat(then.findVisible(LEAD, "APP-2")).get().extracting(IssueRef::statusCategory)
                .isEqualTo(StatusCategory.IN_PROGRESS);
        assertThat(then.findVisible(LEAD, "APP-4")).isEmpty();
    }
}
