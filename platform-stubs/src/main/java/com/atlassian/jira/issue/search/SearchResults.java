// Mirror of com.atlassian.jira.issue.search.SearchResults for Jira Data Center 11.3 LTS (com.atlassian.jira:jira-api).
// Source: generic form (Jira 8+) and constructor (List<T>, int, int, int): cures-hub/cures-condec-jira
//         src/test/java/de/uhd/ifi/se/decision/management/jira/mocks/MockSearchService.java (new SearchResults<Issue>(null, 0, 0, 0));
//         getResults()/getTotal() on Jira 9.4: mailru/jira-plugins-mrimsender
//         src/main/java/ru/mail/jira/plugins/myteam/bot/rulesengine/states/JqlSearchState.java;
//         remaining getters: turgaycelik/mysource .../com/atlassian/jira/issue/search/SearchResults.java (6.3)
// Signatures only.
// UNVERIFIED: constructor SearchResults(List<T>, PagerFilter) generic form on Jira 8+; getStart/getEnd/getNextStart/
// getPreviousStart still present on Jira 11.
// Not confirmed for Jira 10/11: getResults, getTotal <- SearchService stays Jira 11's search entry point (Jira 10.0.0
//         Javadoc of SearchProvider: "it is recommended to use SearchService instead, which is part of jira-api",
//         https://docs.atlassian.com/software/jira/docs/api/10.0.0/com/atlassian/jira/issue/search/SearchProvider.html),
//         but no Jira 10/11 listing or app using this member was found; the Jira 8/9 form is mirrored and there is no
//         other to replace it with
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
