// Mirror of com.atlassian.query.Query for Jira Data Center 11.3 LTS (com.atlassian.jira:jira-api).
// Source: turgaycelik/mysource jira-project/jira-components/jira-api/src/main/java/com/atlassian/query/Query.java (6.3); reference doc section 2.2
// Signatures only.
package com.atlassian.query;

import com.atlassian.query.clause.Clause;
import com.atlassian.query.order.OrderBy;

public interface Query {

    Clause getWhereClause();

    OrderBy getOrderByClause();

    String getQueryString();
}
