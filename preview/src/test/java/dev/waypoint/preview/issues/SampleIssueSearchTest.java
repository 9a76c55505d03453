package dev.waypoint.preview.issues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waypoint.issue.IssueId;
import dev.waypoint.issue.StatusCategory;
import dev.waypoint.kpi.search.Agent;
import dev.waypoint.kpi.search.IssueFacts;
import dev.waypoint.kpi.search.Jql;
import dev.waypoint.kpi.search.SearchResult;
import dev.waypoint.refresh.RefreshSettings;
import dev.waypoint.shared.ProjectKey;
import dev.waypoint.shared.UserKey;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SampleIssueSearchTest {

    static final UserKey ADMIN = new UserKey("admin");
    static final UserKey LEAD = new UserKey("lead");
    static final UserKey OUTSIDER = new UserKey("outsider");
    static final String OPEN_SUP = "project = SUP AND statusCategory != Done";

    final SampleIssueSearch search = TestIssues.search(0);

    @Nested
    class SupportedShapes {

        @ParameterizedTest
        @ValueSource(strings = {
            "project = SUP",
            "project = \"sup\"",
            "issuetype = Incident",
            "issuetype = \"Service Request\"",
            "statusCategory = Done",
            "statusCategory != Done",
            "statusCategory = \"In Progress\"",
            "assignee = \"dana\"",
            "assignee is EMPTY",
            "assignee is not EMPTY",
            "labels = \"first-contact\"",
            "created >= -30d",
            "created <= -14d",
            "resolved >= -30d",
            "resolutiondate <= -1d",
            "\"created\" is not EMPTY",
            "\"resolutiondate\" is not EMPTY",
            "issue in (10001, 10006)",
            "id in (10001)",
            "\"Epic Link\" = \"APP-1\"",
            "\"Epic Link\" = APP-1",
            "project = SUP AND statusCategory != Done AND assignee is EMPTY",
            "(project = SUP AND resolved >= -30d) AND labels = \"first-contact\"",
            "PROJECT = SUP and STATUSCATEGORY != done order by CREATED desc",
            "project = SUP ORDER BY updated DESC",
            "project = SUP ORDER BY \"resolutiondate\" ASC",
            "ORDER BY created",
            ""
        })
        void givenSupportedShape_validate_acceptsIt(String jql) {
            assertThat(search.validate(jql, ADMIN)).isEmpty();
            assertThat(search.count(jql, ADMIN)).isInstanceOf(SearchResult.Found.class);
        }

        @Test
        void givenQueriesComposedByCore_validate_acceptsEveryOne() {
            List<String> composed = List.of(
                    Jql.assignedTo(OPEN_SUP, new Agent(new UserKey("dana"), "dana")),
                    Jql.unassigned(OPEN_SUP),
                    Jql.assignedMostRecentFirst(OPEN_SUP),
                    Jql.durationSample("project = SUP AND resolved >= -30d", "created", "resolutiondate"),
                    Jql.issuesWithIds(List.of(new IssueId(10006), new IssueId(10007))),
                    Jql.fillTemplate(RefreshSettings.DEFAULT_EPIC_CHILDREN_JQL, "APP-1"));

            assertThat(composed).allSatisfy(jql -> assertThat(search.validate(jql, LEAD)).as(jql).isEmpty());
        }
    }

    @Nested
    class UnsupportedJql {

        @ParameterizedTest
        @ValueSource(strings = {
            "project = SUP OR project = APP",
            "NOT project = SUP",
            "project != SUP",
            "project in SUP",
            "project in (SUP APP)",
            "assignee = currentUser()",
            "summary ~ login",
            "priority = High",
            "created > -1d",
            "created >= startOfDay()",
            "created >= \"2026-01-01\"",
            "resolution is EMPTY",
            "labels is EMPTY",
            "issue in (SUP-1)",
            "project = SUP ORDER BY priority",
            "project = SUP ORDER BY created DESC, key ASC",
            "(project = SUP",
            "project = SUP AND",
            "project = \"SUP",
            "project = SUP; DROP TABLE"
        })
        void givenUnsupportedJql_countAndValidate_failNamingTheSupportedJql(String jql) {
            SearchResult<Long> count = search.count(jql, ADMIN);

            assertThat(count).isInstanceOf(SearchResult.Failed.class);
            assertThat(((SearchResult.Failed<Long>) count).message())
                    .startsWith("The preview's sample search does not support the JQL at \"")
                    .contains("It understands only these clauses", "project = KEY", "\"Epic Link\" = KEY");
            assertThat(search.validate(jql, ADMIN)).singleElement().asString().contains("does not support");
        }

        @Test
        void givenOr_validate_quotesWhereTheSearchStopped() {
            assertThat(search.validate("project = SUP OR project = APP", ADMIN)).singleElement().asString()
                    .contains("at \"OR project = APP\"");
        }
    }

    @Nested
    class Values {

        @Test
        void givenUnknownValues_validate_answersInJirasWords() {
            assertThat(search.validate("project = NOPE AND issuetype = Saga AND statusCategory = Blocked"
                    + " AND assignee = \"nobody\" AND \"Epic Link\" = \"SUP-1\"", ADMIN))
                    .containsExactly(
                            "The value 'NOPE' does not exist for the field 'project'.",
                            "The value 'Saga' does not exist for the field 'issuetype'.",
                            "The value 'Blocked' does not exist for the field 'statusCategory'.",
                            "The value 'nobody' does not exist for the field 'assignee'.",
                            "The value 'SUP-1' does not exist for the field 'Epic Link'.");
        }

        @Test
        void givenProjectTheUserMayNotBrowse_count_failsLikeAMissingProject() {
            SearchResult<Long> count = search.count("project = SUP", OUTSIDER);

            assertThat(count).isEqualTo(SearchResult.failed(
                    "The value 'SUP' does not exist for the field 'project'."));
        }

        @Test
        void givenUserWithoutProjects_countWithoutProject_findsNothing() {
            assertThat(search.count("statusCategory != Done", OUTSIDER)).isEqualTo(SearchResult.found(0L));
            assertThat(search.count("statusCategory != Done", ADMIN)).isEqualTo(SearchResult.found(6L));
        }

        @Test
        void givenUnknownUser_validate_refusesToSearchAsThem() {
            assertThat(search.validate("project = SUP", new UserKey("mallory")))
                    .containsExactly("The user mallory does not exist or is not active, so the preview cannot search"
                            + " as them.");
        }

        @Test
        void givenWebProject_validate_usesTheSchemeItSharesWithApp() {
            assertThat(search.validate("project = WEB", new UserKey("agent"))).isEmpty();
            assertThat(search.validate("project = WEB", OUTSIDER)).hasSize(1);
        }
    }

    @Nested
    class Counting {

        @Test
        void givenSupportProject_count_answersEachClause() {
            assertThat(count(OPEN_SUP)).isEqualTo(2);
            assertThat(count(OPEN_SUP + " AND assignee is EMPTY")).isEqualTo(1);
            assertThat(count(Jql.assignedTo(OPEN_SUP, new Agent(new UserKey("dana"), "dana")))).isEqualTo(1);
            assertThat(count("project = SUP AND labels = \"first-contact\" AND resolved >= -30d")).isEqualTo(1);
            assertThat(count("project = SUP AND resolved >= -30d")).isEqualTo(1);
            assertThat(count("project = SUP AND resolved <= -30d")).isEqualTo(1);
            assertThat(count("project = SUP AND created <= -14d")).isEqualTo(1);
            assertThat(count("issuetype = Bug AND created >= -7d")).isEqualTo(1);
            assertThat(count("project = SUP AND statusCategory = \"In Progress\"")).isEqualTo(1);
        }

        @Test
        void givenProjectList_count_answersTheIssuesOfEachListedProject() {
            long support = count("project = SUP");
            long app = count("project = APP");

            assertThat(count(Jql.inProjects("", List.of(new ProjectKey("SUP"), new ProjectKey("APP")))))
                    .isEqualTo(support + app);
            assertThat(count("project in (\"SUP\")")).isEqualTo(support);
        }

        @Test
        void givenEarlierClock_count_seesTheIssuesAsTheyWereThen() {
            assertThat(countAt(10.5, OPEN_SUP)).isZero();
            assertThat(countAt(9.99, OPEN_SUP)).isEqualTo(1);
            assertThat(countAt(9.99, OPEN_SUP + " AND assignee is EMPTY")).isEqualTo(1);
            assertThat(countAt(9.5, OPEN_SUP + " AND assignee is EMPTY")).isZero();
            assertThat(countAt(9.5, "project = SUP AND resolved >= -30d")).isEqualTo(1);
            assertThat(countAt(8, OPEN_SUP)).isZero();
            assertThat(countAt(8, "project = SUP AND resolved >= -30d")).isEqualTo(2);
            assertThat(countAt(8, "project = SUP AND labels = \"first-contact\"")).isEqualTo(1);
        }

        @Test
        void givenClockAfterTheHorizon_count_readsTheStoreAtItsHorizon() {
            assertThat(TestIssues.search(-3).count(OPEN_SUP, ADMIN)).isEqualTo(SearchResult.found(2L));
            assertThat(TestIssues.search(-3).asOf()).isEqualTo(TestIssues.HORIZON);
        }

        private long count(String jql) {
            return ((SearchResult.Found<Long>) search.count(jql, LEAD)).value();
        }

        private long countAt(double daysAgo, String jql) {
            return ((SearchResult.Found<Long>) TestIssues.search(daysAgo).count(jql, LEAD)).value();
        }
    }

    @Nested
    class Sampling {

        @Test
        void givenOrderBy_sample_followsItAndStopsAtTheLimit() {
            List<IssueFacts> byCreated = found(search.sample("project = SUP ORDER BY created DESC", LEAD, 3, Set.of()));
            List<IssueFacts> byResolution = found(search.sample(Jql.durationSample("project = SUP", "created",
                    "resolutiondate"), LEAD, 10, Set.of("created", "resolutiondate")));

            assertThat(byCreated).extracting(IssueFacts::key).containsExactly("SUP-3", "SUP-2", "SUP-1");
            assertThat(byResolution).extracting(IssueFacts::key).containsExactly("SUP-1", "SUP-4");
            assertThat(byResolution.get(0).dates()).containsEntry("created", TestIssues.ago(10))
                    .containsEntry("resolutiondate", TestIssues.ago(9));
        }

        @Test
        void givenEpicTemplate_sample_findsTheChildrenWithTheirWork() {
            List<IssueFacts> children = found(search.sample(Jql.fillTemplate(
                    RefreshSettings.DEFAULT_EPIC_CHILDREN_JQL, "APP-1"), LEAD, 10, Set.of()));
            List<IssueFacts> epic = found(search.sample(Jql.issuesWithIds(List.of(new IssueId(10005))), LEAD, 10,
                    Set.of()));

            assertThat(children).extracting(IssueFacts::key).containsExactly("APP-3", "APP-2");
            IssueFacts done = children.get(1);
            assertThat(done.statusCategory()).isEqualTo(StatusCategory.DONE);
            assertThat(done.storyPoints()).isEqualTo(3.0);
            assertThat(done.secondsSpent()).isEqualTo(8 * 3600);
            assertThat(done.secondsRemaining()).isZero();
            IssueFacts open = children.get(0);
            assertThat(open.storyPoints()).isNull();
            assertThat(open.secondsSpent()).isEqualTo(2 * 3600);
            assertThat(open.secondsRemaining()).isEqualTo(2 * 3600);
            assertThat(open.assignee()).isEqualTo(new Agent(new UserKey("lead"), "lead"));
            assertThat(epic).singleElement().satisfies(facts -> assertThat(facts.epic()).isTrue());
        }

        @Test
        void givenLimitOutOfRange_sample_isAProgrammingError() {
            assertThatThrownBy(() -> search.sample("project = SUP", LEAD, 0, Set.of()))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        private List<IssueFacts> found(SearchResult<List<IssueFacts>> result) {
            assertThat(result).isInstanceOf(SearchResult.Found.class);
            return ((SearchResult.Found<List<IssueFacts>>) result).value();
        }
    }
}
