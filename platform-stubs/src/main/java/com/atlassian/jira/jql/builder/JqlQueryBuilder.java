// Mirror of com.atlassian.jira.jql.builder.JqlQueryBuilder for Jira Data Center 11.3 LTS (com.atlassian.jira:jira-api).
// Source: https://docs.atlassian.com/jira/latest/com/atlassian/jira/jql/builder/JqlQueryBuilder.html (method summary);
//         turgaycelik/mysource jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/jql/builder/JqlQueryBuilder.java (6.3);
//         JqlQueryBuilder.newBuilder().where()...buildQuery() in public plugin code found by the code index (repository not identified)
// Signatures only: every method throws. The real class has two private constructors ((), (Query)).
// Left out: the net.jcip @NotThreadSafe annotation.
package com.atlassian.jira.jql.builder;

import com.atlassian.query.Query;
import com.atlassian.query.clause.Clause;
import com.atlassian.query.order.OrderBy;
import javax.annotation.Nonnull;

public class JqlQueryBuilder {

    private JqlQueryBuilder() {
        throw new UnsupportedOperationException("stub");
    }

    @Nonnull
    public static JqlQueryBuilder newBuilder() {
        throw new UnsupportedOperationException("stub");
    }

    @Nonnull
    public static JqlQueryBuilder newBuilder(Query existingQuery) {
        throw new UnsupportedOperationException("stub");
    }

    @Nonnull
    public static JqlClauseBuilder newClauseBuilder() {
        throw new UnsupportedOperationException("stub");
    }

    @Nonnull
    public static JqlClauseBuilder newClauseBuilder(Clause copy) {
        throw new UnsupportedOperationException("stub");
    }

    @Nonnull
    public static JqlClauseBuilder newClauseBuilder(Query query) {
        throw new UnsupportedOperationException("stub");
    }

    @Nonnull
    public static JqlOrderByBuilder newOrderByBuilder() {
        throw new UnsupportedOperationException("stub");
    }

    @Nonnull
    public static JqlOrderByBuilder newOrderByBuilder(OrderBy copy) {
        throw new UnsupportedOperationException("stub");
    }

    @Nonnull
    public static JqlOrderByBuilder newOrderByBuilder(Query query) {
        throw new UnsupportedOperationException("stub");
    }

    @Nonnull
    public JqlOrderByBuilder orderBy() {
        throw new UnsupportedOperationException("stub");
    }

    @Nonnull
    public JqlClauseBuilder where() {
        throw new UnsupportedOperationException("stub");
    }

    @Nonnull
    public Query buildQuery() {
        throw new UnsupportedOperationException("stub");
    }

    public JqlQueryBuilder clear() {
        throw new UnsupportedOperationException("stub");
    }
}
