package dev.teamgate.platform.datachange;

import java.util.List;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.MethodExecutionContext;
import net.ttddyy.dsproxy.listener.MethodExecutionListener;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;

/**
 * Moves the {@link DataVersion} for every write statement on the watched data source, whoever
 * issues it (Hibernate, JdbcTemplate, Flyway), and once more when the writing transaction commits
 * or rolls back: a reader that started between the statement and the commit saw the old rows and
 * must not have its answer reused after the commit.
 */
final class DatabaseWriteWatcher implements QueryExecutionListener, MethodExecutionListener {

    /** Set when this thread's open transaction has written; transactions never change threads. */
    private static final ThreadLocal<Boolean> WROTE = new ThreadLocal<>();

    private final DataVersion version;

    DatabaseWriteWatcher(DataVersion version) {
        this.version = version;
    }

    @Override
    public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
    }

    @Override
    public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
        for (QueryInfo query : queries) {
            if (isWrite(query.getQuery())) {
                WROTE.set(Boolean.TRUE);
                version.bump();
                return;
            }
        }
    }

    @Override
    public void beforeMethod(MethodExecutionContext context) {
    }

    @Override
    public void afterMethod(MethodExecutionContext context) {
        String method = context.getMethod().getName();
        if ((method.equals("commit") || method.equals("rollback")) && WROTE.get() != null) {
            WROTE.remove();
            version.bump();
        }
    }

    /** Anything but a plain SELECT counts as a write: a false alarm only costs a cache miss. */
    static boolean isWrite(String sql) {
        int i = 0;
        while (i < sql.length() && Character.isWhitespace(sql.charAt(i))) {
            i++;
        }
        return !sql.regionMatches(true, i, "select", 0, 6);
    }
}
