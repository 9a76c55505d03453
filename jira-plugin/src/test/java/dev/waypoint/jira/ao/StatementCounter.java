package dev.waypoint.jira.ao;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

/**
 * Counts the SQL statements that reach the database, with datasource-proxy between Active Objects and HSQLDB.
 * A batch counts as one statement (one round trip).
 */
public final class StatementCounter implements QueryExecutionListener {

    private final AtomicInteger statements = new AtomicInteger();
    private volatile boolean logging;

    public DataSource wrap(DataSource dataSource) {
        return ProxyDataSourceBuilder.create(dataSource).name("waypoint-counted").listener(this).build();
    }

    @Override
    public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
        // counted after execution
    }

    @Override
    public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
        statements.incrementAndGet();
        if (logging) {
            queryInfoList.forEach(q -> System.out.println("SQL: " + q.getQuery()));
        }
    }

    public void reset() {
        statements.set(0);
    }

    public int count() {
        return statements.get();
    }

    /** Prints every statement; for finding out where statements come from. */
    public void log(boolean on) {
        this.logging = on;
    }
}
