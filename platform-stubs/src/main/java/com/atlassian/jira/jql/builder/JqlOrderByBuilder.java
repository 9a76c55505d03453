// Mirror of com.atlassian.jira.jql.builder.JqlOrderByBuilder for Jira Data Center 11.3 LTS (com.atlassian.jira:jira-api).
// Source: return type of JqlQueryBuilder.orderBy() in https://docs.atlassian.com/jira/latest/com/atlassian/jira/jql/builder/JqlQueryBuilder.html;
//         turgaycelik/mysource jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/jql/builder/JqlOrderByBuilder.java (6.3, listed, not read)
// Added only because JqlQueryBuilder.orderBy()/newOrderByBuilder() return it. Signatures only; minimal subset.
// UNVERIFIED: constructor visibility (declared package-private here), and the member list (only endOrderBy(),
// buildQuery(), buildOrderBy(), clear() are mirrored; the sort-adding methods such as priority(SortOrder) are not).
package com.atlassian.jira.jql.builder;

import com.atlassian.query.Query;
import com.atlassian.query.order.OrderBy;

public class JqlOrderByBuilder {

    JqlOrderByBuilder(JqlQueryBuilder parentBuilder) {
        throw new UnsupportedOperationException("stub");
    }

    public JqlQueryBuilder endOrderBy() {
        throw new UnsupportedOperationException("stub");
    }

    public Query buildQuery() {
        throw new UnsupportedOperationException("stub");
    }

    public OrderBy buildOrderBy() {
        throw new UnsupportedOperationException("stub");
    }

    public JqlOrderByBuilder clear() {
        throw new UnsupportedOperationException("stub");
    }
}
