package dev.teamgate.platform.datachange;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatabaseWriteWatcherTest {

    @Test
    void onlyAPlainSelectIsARead() {
        assertThat(DatabaseWriteWatcher.isWrite("select m1_0.id from message m1_0")).isFalse();
        assertThat(DatabaseWriteWatcher.isWrite("  SELECT 1")).isFalse();
        assertThat(DatabaseWriteWatcher.isWrite("select * from room where id=? for update")).isFalse();
        assertThat(DatabaseWriteWatcher.isWrite("insert into message (id) values (?)")).isTrue();
        assertThat(DatabaseWriteWatcher.isWrite("update room set last_seq=? where id=?")).isTrue();
        assertThat(DatabaseWriteWatcher.isWrite("delete from message_tag where message_id=?")).isTrue();
        assertThat(DatabaseWriteWatcher.isWrite("merge into x key(id) values (1)")).isTrue();
        assertThat(DatabaseWriteWatcher.isWrite("/* comment */ select 1")).isTrue();
        assertThat(DatabaseWriteWatcher.isWrite("")).isTrue();
    }
}
