package dev.waypoint.jira.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.query.Query;
import dev.waypoint.kpi.search.SearchResult;
import dev.waypoint.shared.UserKey;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Whatever the text, {@link JiraIssueSearch} hands Jira exactly the JQL core gave it: no wrapping, trimming, quoting or
 * appending, so all composition stays in core's {@code Jql}.
 */
class VerbatimJqlPropertyTest {

    @Property(tries = 200)
    void givenAnyText_validatingAndCounting_parsesExactlyThatText(@ForAll String jql) throws Exception {
        SearchMocks jira = new SearchMocks();
        ApplicationUser owner = jira.user("alice", true);
        Query query = jira.everyQueryValid(owner);
        when(jira.searchService.searchCount(owner, query)).thenReturn(1L);

        jira.search.validate(jql, new UserKey("alice"));
        SearchResult<Long> counted = jira.search.count(jql, new UserKey("alice"));

        verify(jira.searchService, org.mockito.Mockito.times(2)).parseQuery(owner, jql);
        verify(jira.searchService, org.mockito.Mockito.never()).parseQuery(any(), org.mockito.ArgumentMatchers.argThat(
                text -> !jql.equals(text)));
        assertThat(counted).isEqualTo(SearchResult.found(1L));
    }
}
