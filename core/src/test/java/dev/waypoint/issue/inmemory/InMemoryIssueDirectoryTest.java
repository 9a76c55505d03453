package dev.waypoint.issue.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.issue.IssueId;
import dev.waypoint.issue.IssueRef;
import dev.waypoint.shared.UserKey;
import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryIssueDirectoryTest {

    private static final UserKey ALICE = new UserKey("alice");

    private final InMemoryIssueDirectory directory = new InMemoryIssueDirectory(
            (user, project) -> user.equals(ALICE) && project.value().equals("SUP"));

    @Test
    void givenIssueInBrowsableProject_findingByKeyInAnyCase_findsItWithItsEpic() {
        IssueRef epic = directory.add(1, "SUP-1", "Epic");
        directory.add(2, "SUP-2", "Story", epic);

        assertThat(directory.findVisible(ALICE, "sup-2")).hasValueSatisfying(issue -> {
            assertThat(issue.key()).isEqualTo("SUP-2");
            assertThat(issue.epicKey()).isEqualTo("SUP-1");
            assertThat(issue.project().value()).isEqualTo("SUP");
        });
    }

    @Test
    void givenIssueInProjectTheViewerCannotBrowse_finding_findsNothing() {
        directory.add(3, "OPS-1", "Hidden");

        assertThat(directory.findVisible(ALICE, "OPS-1")).isEmpty();
        assertThat(directory.findVisible(new UserKey("bob"), List.of(new IssueId(3)))).isEmpty();
    }

    @Test
    void givenSeveralIds_findingByIds_answersOnlyExistingVisibleOnes() {
        directory.add(1, "SUP-1", "One");
        directory.add(3, "OPS-1", "Hidden");

        assertThat(directory.findVisible(ALICE, List.of(new IssueId(1), new IssueId(1), new IssueId(3),
                new IssueId(9)))).containsOnlyKeys(new IssueId(1));
    }
}
