package dev.teamgate.platform.datachange;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.MethodExecutionContext;
import net.ttddyy.dsproxy.listener.MethodExecutionListener;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;

/**
 * Moves the {@link DataVersion} for every write statement on the watched data source, whoever
 * issues it (Hibernate, JdbcTemplate, Flyway), and once more when the writing transaction commits
 * or rolls back: a reader that started between the statement and the commit saw the old rows and
 * must not have its answer reused after the commit. Reads are reported to {@link TableReads}.
 */
final class DatabaseWriteWatcher implements QueryExecutionListener, MethodExecutionListener {

    /** Unknown tables written by this thread's open transaction. */
    private static final String EVERY_TABLE = "";

    /** The tables this thread's open transaction has written; transactions never change threads. */
    private static final ThreadLocal<Set<String>> WRITTEN = new ThreadLocal<>();

    private final DataVersion version;

    DatabaseWriteWatcher(DataVersion version) {
        this.version = version;
        version.markWatched();
    }

    @Override
    public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
        for (QueryInfo query : queries) {
            if (!isWrite(query.getQuery())) {
                TableReads.beforeRead(query.getQuery());
            }
        }
    }

    @Override
    public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
        for (QueryInfo query : queries) {
            if (isWrite(query.getQuery())) {
                String table = SqlTables.written(query.getQuery());
                written().add(table == null ? EVERY_TABLE : table);
                bump(table);
                TableReads.wrote();
            }
        }
    }

    @Override
    public void beforeMethod(MethodExecutionContext context) {
    }

    @Override
    public void afterMethod(MethodExecutionContext context) {
        String method = context.getMethod().getName();
        Set<String> tables = WRITTEN.get();
        if ((method.equals("commit") || method.equals("rollback")) && tables != null) {
            WRITTEN.remove();
            for (String table : tables) {
                bump(table.equals(EVERY_TABLE) ? null : table);
            }
        }
    }

    private void bump(String table) {
        if (table == null) {
            version.bump();
        } else {
            version.bump(table);
        }
    }

    private static Set<String> written() {
        Set<String> tables = WRITTEN.get();
        if (tables == null) {
            tables = new HashSet<>();
            WRITTEN.set(tables);
        }
        return tables;
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
