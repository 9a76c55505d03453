// Mirror of com.atlassian.jira.issue.search.SearchResults for Jira Data Center 11.3 LTS (com.atlassian.jira:jira-api).
// Source: generic form (Jira 8+) and constructor (List<T>, int, int, int): cures-hub/cures-condec-jira
//         src/test/java/de/uhd/ifi/se/decision/management/jira/mocks/MockSearchService.java (new SearchResults<Issue>(null, 0, 0, 0));
//         getResults()/getTotal() on Jira 9.4: mailru/jira-plugins-mrimsender
//         src/main/java/ru/mail/jira/plugins/myteam/bot/rulesengine/states/JqlSearchState.java;
//         remaining getters: turgaycelik/mysource .../com/atlassian/jira/issue/search/SearchResults.java (6.3)
// Signatures only.
// UNVERIFIED: constructor SearchResults(List<T>, PagerFilter) generic form on Jira 8+; getStart/getEnd/getNextStart/
// getPreviousStart still present on Jira 11.
package com.atlassian.jira.issue.search;

import com.atlassian.jira.web.bean.PagerFilter;
import java.util.List;

public class SearchResults<T> {

    public SearchResults(List<T> results, int total, int maxResults, int startIndex) {
        throw new UnsupportedOperationException("stub");
    }

    @SuppressWarnings("rawtypes")
    public SearchResults(List<T> results, PagerFilter pagerFilter) {
        throw new UnsupportedOperationException("stub");
    }

    public List<T> getResults() {
        throw new UnsupportedOperationException("stub");
    }

    public int getTotal() {
        throw new UnsupportedOperationException("stub");
    }

    public int getStart() {
        throw new UnsupportedOperationException("stub");
    }

    public int getEnd() {
        throw new UnsupportedOperationException("stub");
    }

    public int getNextStart() {
        throw new UnsupportedOperationException("stub");
    }

    public int getPreviousStart() {
        throw new UnsupportedOperationException("stub");
    }
}
