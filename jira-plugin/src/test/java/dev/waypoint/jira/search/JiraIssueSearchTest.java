package dev.waypoint.jira.search;

import static dev.waypoint.jira.search.SearchMocks.issues;
import static dev.waypoint.jira.search.SearchMocks.searchException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import dev.waypoint.kpi.search.IssueFacts;
import dev.waypoint.kpi.search.SearchResult;
import dev.waypoint.shared.UserKey;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class JiraIssueSearchTest {

    private static final String JQL = "project = SUP AND statusCategory != Done";
    private static final UserKey OWNER = new UserKey("alice");

    private final SearchMocks jira = new SearchMocks();
    private final JiraIssueSearch search = jira.search;

    @Nested
    class Validate {

        @Test
        void givenValidJql_validate_returnsNoMessageAfterParsingAndValidatingAsTheOwner() throws Exception {
            ApplicationUser owner = jira.user("alice", true);
            Query query = jira.valid(owner, JQL);

            List<String> messages = search.validate(JQL, OWNER);

            assertThat(messages).isEmpty();
            verify(jira.searchService).parseQuery(owner, JQL);
            verify(jira.searchService).validateQuery(owner, query);
        }

        @Test
        void givenJqlThatDoesNotParse_validate_returnsJirasParseErrorsWithoutValidating() {
            ApplicationUser owner = jira.user("alice", true);
            jira.unparsable(owner, "project = ", "Error in the JQL Query: Expecting either a value, list or function "
                    + "but got 'EOF'.");

            List<String> messages = search.validate("project = ", OWNER);

            assertThat(messages).containsExactly(
                    "Error in the JQL Query: Expecting either a value, list or function but got 'EOF'.");
            verify(jira.searchService, never()).validateQuery(any(), any());
        }

        @Test
        void givenJqlJiraRefusesOnValidation_validate_returnsEachOfJirasMessagesInOrder() {
            ApplicationUser owner = jira.user("alice", true);
            jira.refusedOnValidation(owner, "project = NOPE AND sprint = 1",
                    "The value 'NOPE' does not exist for the field 'project'.", "Field 'sprint' does not exist.");

            List<String> messages = search.validate("project = NOPE AND sprint = 1", OWNER);

            assertThat(messages).containsExactly("The value 'NOPE' does not exist for the field 'project'.",
                    "Field 'sprint' does not exist.");
        }

        @Test
        void givenInactiveOwner_validate_returnsAClearMessageWithoutAskingJira() {
            jira.user("alice", false);

            List<String> messages = search.validate(JQL, OWNER);

            assertThat(messages).singleElement().asString().contains("alice").contains("inactive");
            verifyNoInteractions(jira.searchService);
        }

        @Test
        void givenUnknownOwner_validate_returnsAClearMessageWithoutAskingJira() {
            List<String> messages = search.validate(JQL, new UserKey("ghost"));

            assertThat(messages).singleElement().asString().contains("ghost").contains("does not exist");
            verifyNoInteractions(jira.searchService);
        }

        @Test
        void givenAParserThatThrows_validate_returnsAMessageInsteadOfThrowing() {
            ApplicationUser owner = jira.user("alice", true);
            when(jira.searchService.parseQuery(owner, "\"")).thenThrow(new IllegalStateException("lexer broke"));

            List<String> messages = search.validate("\"", OWNER);

            assertThat(messages).singleElement().asString().contains("lexer broke");
        }
    }

    @Nested
    class Count {

        @Test
        void givenValidJql_count_countsAsTheOwnersApplicationUserWithoutOverridingSecurity() throws Exception {
            ApplicationUser owner = jira.user("alice", true);
            Query query = jira.valid(owner, JQL);
            when(jira.searchService.searchCount(owner, query)).thenReturn(17L);

            SearchResult<Long> result = search.count(JQL, OWNER);

            assertThat(result).isEqualTo(SearchResult.found(17L));
            verify(jira.searchService).searchCount(owner, query);
            verify(jira.searchService, never()).searchCountOverrideSecurity(any(), any());
            verify(jira.searchService, never()).searchOverrideSecurity(any(), any(), any());
        }

        @Test
        void givenInactiveOwner_count_failsWithoutSearching() {
            jira.user("alice", false);

            SearchResult<Long> result = search.count(JQL, OWNER);

            assertThat(result).isInstanceOfSatisfying(SearchResult.Failed.class,
                    failed -> assertThat(failed.message()).contains("alice").contains("inactive"));
            verifyNoInteractions(jira.searchService);
        }

        @Test
        void givenSearchException_count_failsWithJirasMessage() throws Exception {
            ApplicationUser owner = jira.user("alice", true);
            Query query = jira.valid(owner, JQL);
            SearchException timeout = searchException("The search timed out");
            when(jira.searchService.searchCount(owner, query)).thenThrow(timeout);

            SearchResult<Long> result = search.count(JQL, OWNER);

            assertThat(result).isEqualTo(SearchResult.failed("The search timed out"));
        }

        @Test
        void givenJqlThatDoesNotParse_count_failsWithJirasMessagesJoinedWithoutCounting() throws Exception {
            ApplicationUser owner = jira.user("alice", true);
            jira.unparsable(owner, "project in (", "Error one.", "Error two.");

            SearchResult<Long> result = search.count("project in (", OWNER);

            assertThat(result).isEqualTo(SearchResult.failed("Error one.; Error two."));
            verify(jira.searchService, never()).searchCount(any(), any());
        }

        @Test
        void givenQueryNoLongerValidForTheOwner_count_failsWithJirasReasonInsteadOfCountingZero() throws Exception {
            ApplicationUser owner = jira.user("alice", true);
            jira.refusedOnValidation(owner, "project = SECRET",
                    "The value 'SECRET' does not exist for the field 'project'.");

            SearchResult<Long> result = search.count("project = SECRET", OWNER);

            assertThat(result).isEqualTo(
                    SearchResult.failed("The value 'SECRET' does not exist for the field 'project'."));
            verify(jira.searchService, never()).searchCount(any(), any());
        }
    }

    @Nested
    class Sample {

        @Test
        void givenMoreMatchesThanTheLimit_sample_readsWholePagesAndStopsAtTheCap() throws Exception {
            ApplicationUser owner = jira.user("alice", true);
            Query query = jira.valid(owner, JQL);
            List<Issue> all = issues(1_500);
            try (SearchMocks.Pagers pagers = SearchMocks.pagers()) {
                when(jira.searchService.search(eq(owner), eq(query), any()))
                        .thenAnswer(call -> pagers.page(call.getArgument(2), all));

                SearchResult<List<IssueFacts>> result = search.sample(JQL, OWNER, 1_000, Set.of());

                assertThat(pagers.requested()).containsExactly(List.of(0, 200), List.of(200, 200), List.of(400, 200),
                        List.of(600, 200), List.of(800, 200));
                assertThat(facts(result)).hasSize(1_000);
                assertThat(facts(result).get(999).key()).isEqualTo("SUP-1000");
            }
        }

        @Test
        void givenALimitBetweenPageSizes_sample_asksTheLastPageOnlyForWhatIsLeft() throws Exception {
            ApplicationUser owner = jira.user("alice", true);
            Query query = jira.valid(owner, JQL);
            List<Issue> all = issues(1_000);
            try (SearchMocks.Pagers pagers = SearchMocks.pagers()) {
                when(jira.searchService.search(eq(owner), eq(query), any()))
                        .thenAnswer(call -> pagers.page(call.getArgument(2), all));

                SearchResult<List<IssueFacts>> result = search.sample(JQL, OWNER, 250, Set.of());

                assertThat(pagers.requested()).containsExactly(List.of(0, 200), List.of(200, 50));
                assertThat(facts(result)).hasSize(250);
            }
        }

        @Test
        void givenFewerMatchesThanTheLimit_sample_stopsAtTheShortLastPageInTheQuerysOrder() throws Exception {
            ApplicationUser owner = jira.user("alice", true);
            Query query = jira.valid(owner, JQL);
            List<Issue> all = issues(450);
            try (SearchMocks.Pagers pagers = SearchMocks.pagers()) {
                when(jira.searchService.search(eq(owner), eq(query), any()))
                        .thenAnswer(call -> pagers.page(call.getArgument(2), all));

                SearchResult<List<IssueFacts>> result = search.sample(JQL, OWNER, 1_000, Set.of());

                assertThat(pagers.requested()).containsExactly(List.of(0, 200), List.of(200, 200), List.of(400, 200));
                assertThat(facts(result)).extracting(IssueFacts::key).hasSize(450)
                        .startsWith("SUP-1", "SUP-2").endsWith("SUP-450");
            }
        }

        @Test
        void givenMatchesFillingWholePages_sample_stopsAtTheTotalWithoutAskingForAnEmptyPage() throws Exception {
            ApplicationUser owner = jira.user("alice", true);
            Query query = jira.valid(owner, JQL);
            List<Issue> all = issues(400);
            try (SearchMocks.Pagers pagers = SearchMocks.pagers()) {
                when(jira.searchService.search(eq(owner), eq(query), any()))
                        .thenAnswer(call -> pagers.page(call.getArgument(2), all));

                SearchResult<List<IssueFacts>> result = search.sample(JQL, OWNER, 1_000, Set.of());

                assertThat(pagers.requested()).containsExactly(List.of(0, 200), List.of(200, 200));
                assertThat(facts(result)).hasSize(400);
            }
        }

        @Test
        void givenNoMatch_sample_isEmptyAfterOneSearch() throws Exception {
            ApplicationUser owner = jira.user("alice", true);
            Query query = jira.valid(owner, JQL);
            try (SearchMocks.Pagers pagers = SearchMocks.pagers()) {
                when(jira.searchService.search(eq(owner), eq(query), any()))
                        .thenAnswer(call -> pagers.page(call.getArgument(2), List.of()));

                SearchResult<List<IssueFacts>> result = search.sample(JQL, OWNER, 100, Set.of());

                assertThat(facts(result)).isEmpty();
                verify(jira.searchService, times(1)).search(any(), any(), any());
            }
        }

        @Test
        void givenValidJql_sample_searchesAsTheOwnersApplicationUserWithoutOverridingSecurity() throws Exception {
            ApplicationUser owner = jira.user("alice", true);
            Query query = jira.valid(owner, JQL);
            try (SearchMocks.Pagers pagers = SearchMocks.pagers()) {
                when(jira.searchService.search(any(), any(), any()))
                        .thenAnswer(call -> pagers.page(call.getArgument(2), issues(3)));

                search.sample(JQL, OWNER, 10, Set.of());

                verify(jira.searchService).search(eq(owner), eq(query), any(PagerFilter.class));
                verify(jira.searchService, never()).searchOverrideSecurity(any(), any(), any());
            }
        }

        @Test
        void givenSearchExceptionOnTheSecondPage_sample_failsWithJirasMessage() throws Exception {
            ApplicationUser owner = jira.user("alice", true);
            Query query = jira.valid(owner, JQL);
            List<Issue> all = issues(600);
            SearchException unavailable = searchException("The search index is unavailable");
            try (SearchMocks.Pagers pagers = SearchMocks.pagers()) {
                when(jira.searchService.search(eq(owner), eq(query), any()))
                        .thenAnswer(call -> pagers.page(call.getArgument(2), all))
                        .thenThrow(unavailable);

                SearchResult<List<IssueFacts>> result = search.sample(JQL, OWNER, 1_000, Set.of());

                assertThat(result).isEqualTo(SearchResult.failed("The search index is unavailable"));
            }
        }

        @Test
        void givenInactiveOwner_sample_failsWithoutSearching() {
            jira.user("alice", false);

            SearchResult<List<IssueFacts>> result = search.sample(JQL, OWNER, 10, Set.of("created"));

            assertThat(result).isInstanceOf(SearchResult.Failed.class);
            verifyNoInteractions(jira.searchService);
        }

        @Test
        void givenJqlJiraRefuses_sample_failsWithJirasMessageWithoutSearching() throws Exception {
            ApplicationUser owner = jira.user("alice", true);
            jira.refusedOnValidation(owner, "cf[99] is not EMPTY", "Field 'cf[99]' does not exist.");

            SearchResult<List<IssueFacts>> result = search.sample("cf[99] is not EMPTY", OWNER, 10, Set.of());

            assertThat(result).isEqualTo(SearchResult.failed("Field 'cf[99]' does not exist."));
            verify(jira.searchService, never()).search(any(), any(), any());
        }

        @Test
        void givenLimitOutsideOneToAThousand_sample_isAProgrammerError() {
            jira.user("alice", true);

            assertThatThrownBy(() -> search.sample(JQL, OWNER, 0, Set.of()))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> search.sample(JQL, OWNER, 1_001, Set.of()))
                    .isInstanceOf(IllegalArgumentException.class);
            verify(jira.searchService, never()).parseQuery(any(), anyString());
        }

        private List<IssueFacts> facts(SearchResult<List<IssueFacts>> result) {
            assertThat(result).isInstanceOf(SearchResult.Found.class);
            return ((SearchResult.Found<List<IssueFacts>>) result).value();
        }
    }
}
