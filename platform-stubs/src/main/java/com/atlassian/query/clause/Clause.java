// Mirror of com.atlassian.query.clause.Clause for Jira Data Center 11.3 LTS (com.atlassian.jira:jira-api).
// Source: implemented against jira-api 8.x in cures-hub/cures-condec-jira
//         src/test/java/de/uhd/ifi/se/decision/management/jira/mocks/MockJqlClauseBuilder.java (getName(), getClauses(), accept(ClauseVisitor))
// Signatures only. Left out: <R> R accept(ClauseVisitor<R>) (ClauseVisitor not mirrored).
package com.atlassian.query.clause;

import java.util.List;

public interface Clause {

    String getName();

    List<Clause> getClauses();
}
