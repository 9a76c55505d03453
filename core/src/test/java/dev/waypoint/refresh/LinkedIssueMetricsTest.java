package dev.waypoint.refresh;

import static dev.waypoint.refresh.RefreshWorld.epic;
import static dev.waypoint.refresh.RefreshWorld.issue;
import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.issue.IssueId;
import dev.waypoint.issue.StatusCategory;
import dev.waypoint.kpi.search.IssueFacts;
import dev.waypoint.scoring.IssueMetrics;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LinkedIssueMetricsTest {

    @Test
    void givenIssuesWithPointsAndTime_of_sumsStatusesPointsAndTime() {
        IssueFacts timed = new IssueFacts(new IssueId(3), "SUP-3", null, StatusCategory.IN_PROGRESS, Map.of(), 8d,
                3600, 1800, false);

        IssueMetrics metrics = LinkedIssueMetrics.of(List.of(issue(1, StatusCategory.DONE, 5d),
                issue(2, StatusCategory.TO_DO, null), timed), Map.of());

        assertThat(metrics).isEqualTo(new IssueMetrics(1, 1, 1, 5, 13, 1, 3600, 1800));
    }

    @Test
    void givenEpicWithAndWithoutChildren_of_countsChildrenInsteadOfTheEpicAndAChildlessEpicItself() {
        IssueMetrics metrics = LinkedIssueMetrics.of(
                List.of(epic(1, StatusCategory.IN_PROGRESS), epic(2, StatusCategory.DONE),
                        issue(3, StatusCategory.DONE, 1d)),
                Map.of(new IssueId(1), List.of(issue(3, StatusCategory.DONE, 1d), issue(4, StatusCategory.TO_DO, 2d))));

        assertThat(metrics.issues()).isEqualTo(3);
        assertThat(metrics.done()).isEqualTo(2);
        assertThat(metrics.unestimated()).isEqualTo(1);
        assertThat(metrics.totalPoints()).isEqualTo(3);
    }
}
