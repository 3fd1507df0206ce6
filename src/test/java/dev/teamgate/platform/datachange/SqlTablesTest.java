package dev.teamgate.platform.datachange;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SqlTablesTest {

    @Test
    void theTableAWriteChangesIsReadFromEachKindOfWrite() {
        assertThat(SqlTables.written("insert into message (app,author_id) values (?,?)")).isEqualTo("message");
        assertThat(SqlTables.written("update room set last_seq=? where id=?")).isEqualTo("room");
        assertThat(SqlTables.written("UPDATE room r1_0 SET last_seq = last_seq + 1")).isEqualTo("room");
        assertThat(SqlTables.written("delete from message_tag where message_id=?")).isEqualTo("message_tag");
        assertThat(SqlTables.written("merge into PUBLIC.\"Credential\" key(id) values (1)")).isEqualTo("credential");
    }

    @Test
    void aWriteThatNamesNoSingleTableIsUnknown() {
        assertThat(SqlTables.written("truncate table message")).isNull();
        assertThat(SqlTables.written("create table x (id int)")).isNull();
        assertThat(SqlTables.written("/* reset */ delete from message")).isNull();
        assertThat(SqlTables.written("")).isNull();
        assertThat(SqlTables.written("delete message")).isNull();
    }

    @Test
    void aSelectReadsEveryTableAfterFromAndJoin() {
        assertThat(SqlTables.read("select c1_0.id,a1_0.id from credential c1_0 left join account a1_0 on a1_0.id=c1_0.account_id"
                + " join workspace w1_0 on w1_0.id=c1_0.workspace_id where c1_0.secret_hash=?"))
                .containsExactly("credential", "account", "workspace");
    }

    @Test
    void aCommaListAndSubqueriesAreRead() {
        assertThat(SqlTables.read("select a.id from account a, public.room r where a.id in"
                + " (select m.account_id from room_member m where m.room_id = r.id) for update"))
                .containsExactly("account", "room", "room_member");
        assertThat(SqlTables.read("select x.n from (select count(*) n from message) x, \"ticket\" t"))
                .containsExactly("message", "ticket");
    }

    @Test
    void wordsInsideStringLiteralsAreNotTables() {
        assertThat(SqlTables.read("select 'from nowhere', m.id from message m where m.content <> 'it''s from x'"))
                .containsExactly("message");
    }

    @Test
    void aCommaInTheSelectListOrWhereClauseIsNoTable() {
        assertThat(SqlTables.read("select a, b, coalesce(c, d) from message where x in (1, 2) order by a, b"))
                .containsExactly("message");
        assertThat(SqlTables.read("select 1")).isEmpty();
    }

    @Test
    void whatIsNoPlainSelectIsUnknown() {
        assertThat(SqlTables.read("with recent as (select * from message) select * from recent")).isNull();
        assertThat(SqlTables.read("/* hint */ select * from message")).isNull();
        assertThat(SqlTables.read("values (1)")).isNull();
    }
}
