// Mirror of com.atlassian.jira.bc.issue.search.SearchService for Jira Data Center 11.3 LTS (com.atlassian.jira:jira-api).
// Source: method set from a complete `implements SearchService` compiled against jira-api 8.x: cures-hub/cures-condec-jira
//         src/test/java/de/uhd/ifi/se/decision/management/jira/mocks/MockSearchService.java;
//         6.3 baseline incl. ParseResult: turgaycelik/mysource jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/bc/issue/search/SearchService.java;
//         SearchResults<Issue> on the Jira 11 line: https://docs.atlassian.com/jira-software/11.1.0-m0011/com/atlassian/greenhopper/service/issue/SearchServiceImpl.html;
//         IssueSearchParameters.builder().query(q).build(): public plugin code found by the code index (repository not identified).
// Signatures only; ParseResult / IssueSearchParameters members are stubs.
// UNVERIFIED: whether Jira 10.4+/11 added further abstract/default methods; the contents of IssueSearchParameters
// beyond builder()/Builder.query(Query)/Builder.build() (e.g. filterId) are not mirrored.
// Jira 10/11: parseQuery, ParseResult.isValid, ParseResult.getQuery <-
//         atlassian-labs/atlassian-slack-integration-server@94c50dc (Jira 11.0.0: jira-api 11.0.0, platform 8.0.0)
//         jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/service/issuefilter/impl/JqlIssueFilter.java
// Not confirmed for Jira 10/11: search, searchCount, validateQuery, ParseResult.getErrors <- SearchService stays Jira
//         11's search entry point (Jira 10.0.0 Javadoc of SearchProvider: "it is recommended to use SearchService
//         instead, which is part of jira-api",
//         https://docs.atlassian.com/software/jira/docs/api/10.0.0/com/atlassian/jira/issue/search/SearchProvider.html),
//         but no Jira 10/11 listing or app using this member was found; the Jira 8/9 form is mirrored and there is no
//         other to replace it with
package com.atlassian.jira.bc.issue.search;

import com.atlassian.annotations.PublicApi;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchContext;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.jql.context.QueryContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import javax.annotation.Nonnull;

@PublicApi
@SuppressWarnings("rawtypes")
public interface SearchService {

    SearchResults<Issue> search(ApplicationUser searcher, Query query, PagerFilter pager) throws SearchException;

    SearchResults<Issue> searchOverrideSecurity(ApplicationUser searcher, Query query, PagerFilter pager) throws SearchException;

    long searchCount(ApplicationUser searcher, Query query) throws SearchException;

    long searchCountOverrideSecurity(ApplicationUser searcher, Query query) throws SearchException;

    @Deprecated
    String getQueryString(ApplicationUser user, Query query);

    @Nonnull
    String getIssueSearchPath(ApplicationUser user, @Nonnull IssueSearchParameters params);

    ParseResult parseQuery(ApplicationUser searcher, String query);

    @Nonnull
    MessageSet validateQuery(ApplicationUser searcher, @Nonnull Query query);

    @Nonnull
    MessageSet validateQuery(ApplicationUser searcher, @Nonnull Query query, Long searchRequestId);

    boolean doesQueryFitFilterForm(ApplicationUser user, Query query);

    QueryContext getQueryContext(ApplicationUser searcher, Query query);

    QueryContext getSimpleQueryContext(ApplicationUser searcher, Query query);

    SearchContext getSearchContext(ApplicationUser searcher, Query query);

    String getJqlString(Query query);

    String getGeneratedJqlString(Query query);

    Query sanitiseSearchQuery(ApplicationUser searcher, Query query);

    @PublicApi
    final class ParseResult {

        public ParseResult(Query query, MessageSet errors) {
            throw new UnsupportedOperationException("stub");
        }

        public Query getQuery() {
            throw new UnsupportedOperationException("stub");
        }

        public MessageSet getErrors() {
            throw new UnsupportedOperationException("stub");
        }

        public boolean isValid() {
            throw new UnsupportedOperationException("stub");
        }
    }

    // UNVERIFIED: exact modifiers and members (only the builder path seen in public code is mirrored).
    final class IssueSearchParameters {

        private IssueSearchParameters() {
            throw new UnsupportedOperationException("stub");
        }

        public static Builder builder() {
            throw new UnsupportedOperationException("stub");
        }

        public static final class Builder {

            private Builder() {
                throw new UnsupportedOperationException("stub");
            }

            public Builder query(Query query) {
                throw new UnsupportedOperationException("stub");
            }

            public IssueSearchParameters build() {
                throw new UnsupportedOperationException("stub");
            }
        }
    }
}
