package dev.teamgate.platform.datachange;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.MethodExecutionContext;
import org.junit.jupiter.api.Test;

/** The per-table versions and the read recording, driven through the watcher as statements run. */
class TableReadsTest {

    final DataVersion version = new DataVersion();
    final DatabaseWriteWatcher watcher = new DatabaseWriteWatcher(version);

    void run(String sql) {
        List<QueryInfo> queries = List.of(new QueryInfo(sql));
        watcher.beforeQuery(new ExecutionInfo(), queries);
        watcher.afterQuery(new ExecutionInfo(), queries);
    }

    void commit() throws NoSuchMethodException {
        watcher.afterMethod(MethodExecutionContext.Builder.create()
                .method(Connection.class.getMethod("commit")).build());
    }

    TableStamp readCredentials() {
        try (TableReads.Recording reads = TableReads.record(version)) {
            run("select c.id from credential c join account a on a.id = c.account_id");
            return reads.stamp();
        }
    }

    @Test
    void aWriteMovesItsOwnTableAndAgainAtCommitButNoOtherTable() throws Exception {
        run("insert into message (id) values (?)");
        assertThat(version.ofTable("message")).isEqualTo(1);
        assertThat(version.ofTable("credential")).isZero();
        commit();
        assertThat(version.ofTable("message")).isEqualTo(2);
        assertThat(version.current()).isEqualTo(2);
        commit();
        assertThat(version.ofTable("message")).as("a commit without writes moves nothing").isEqualTo(2);
    }

    @Test
    void whatWasReadStaysCurrentThroughWritesToOtherTablesOnly() throws Exception {
        TableStamp stamp = readCredentials();
        assertThat(stamp).isNotNull();
        run("insert into message (id) values (?)");
        commit();
        assertThat(stamp.isCurrent(version)).isTrue();
        run("update account set name=? where id=?");
        assertThat(stamp.isCurrent(version)).isFalse();
    }

    @Test
    void aWriteToAnUnknownTableRetiresEverything() {
        TableStamp stamp = readCredentials();
        run("truncate table room");
        assertThat(stamp.isCurrent(version)).isFalse();
    }

    @Test
    void workThatWritesOrRunsUnreadableSqlGetsNoStamp() {
        try (TableReads.Recording reads = TableReads.record(version)) {
            run("select id from credential");
            run("update credential set label=? where id=?");
            assertThat(reads.stamp()).isNull();
        }
        try (TableReads.Recording reads = TableReads.record(version)) {
            run("with x as (select 1) select * from x");
            assertThat(reads.stamp()).isNull();
        }
    }

    @Test
    void aTableWrittenWhileTheWorkRanGivesNoStamp() {
        try (TableReads.Recording reads = TableReads.record(version)) {
            run("select id from credential");
            version.bump("credential");
            assertThat(reads.stamp()).isNull();
        }
    }

    @Test
    void withoutAWatcherNothingIsStamped() {
        DataVersion unwatched = new DataVersion();
        try (TableReads.Recording reads = TableReads.record(unwatched)) {
            assertThat(reads.stamp()).isNull();
        }
    }
}
