package dev.teamgate.domain.message;

import dev.teamgate.domain.account.Account;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends many messages to a room at once with JDBC batch inserts, for data sets too large to post
 * one by one through JPA (a million-message flow loads in seconds instead of hours). The rows are
 * what {@link MessageService#post} would have written for the same messages: the room's next
 * sequence numbers under the same {@link RoomSequence} lock, the counter moved past them,
 * database-assigned ids, the posting time from the clock. The SQL is plain and the same on H2 and
 * PostgreSQL. Unlike a post it publishes no {@link MessagePosted}: a million events would flood
 * streams and webhooks, and a bulk load is set-up, not traffic.
 */
@Service
@RequiredArgsConstructor
public class MessageBulkLoader {

    /** Rows per JDBC batch: large enough to amortise round trips, small enough to keep little in flight. */
    static final int BATCH_SIZE = 1000;

    private static final String INSERT = "insert into message (room_id, seq, author_id, event, content, app, deleted,"
            + " created_at) values (?, ?, ?, ?, ?, ?, false, ?)";

    private final RoomSequence sequence;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    /** Appends {@code messages} to the room in one transaction: all of them or, on failure, none. */
    @Transactional
    public BulkAppended append(Long roomId, BulkMessages messages) {
        long firstSeq = sequence.lock(roomId) + 1;
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        Long[] authorIds = messages.authors().stream().map(Account::getId).toArray(Long[]::new);
        for (int done = 0; done < messages.count(); done += BATCH_SIZE) {
            int size = Math.min(BATCH_SIZE, messages.count() - done);
            long batchFirst = firstSeq + done;
            jdbc.batchUpdate(INSERT, new BatchPreparedStatementSetter() {
                @Override
                public void setValues(PreparedStatement ps, int i) throws SQLException {
                    long seq = batchFirst + i;
                    ps.setLong(1, roomId);
                    ps.setLong(2, seq);
                    if (authorIds.length == 0) {
                        ps.setNull(3, Types.BIGINT);
                    } else {
                        ps.setLong(3, authorIds[(int) ((seq - firstSeq) % authorIds.length)]);
                    }
                    ps.setString(4, messages.event());
                    ps.setString(5, messages.content().apply(seq));
                    ps.setString(6, messages.app());
                    ps.setObject(7, now);
                }

                @Override
                public int getBatchSize() {
                    return size;
                }
            });
        }
        long lastSeq = firstSeq + messages.count() - 1;
        sequence.advance(roomId, lastSeq);
        return new BulkAppended(roomId, messages.count(), firstSeq, lastSeq);
    }

}
