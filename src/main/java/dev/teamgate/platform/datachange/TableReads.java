package dev.teamgate.platform.datachange;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Notes which tables a stretch of work on this thread reads, with each table's version taken just
 * before its first read, so the result of that work can be kept until one of them is written.
 * The {@link DatabaseWriteWatcher} reports every statement of the watched data source here.
 */
public final class TableReads {

    private static final ThreadLocal<Recording> CURRENT = new ThreadLocal<>();

    private TableReads() {
    }

    /** Starts recording this thread's reads; close the recording when the work ends. */
    public static Recording record(DataVersion version) {
        Recording recording = new Recording(version);
        CURRENT.set(recording);
        return recording;
    }

    /** A SELECT is about to run on this thread. */
    static void beforeRead(String sql) {
        Recording recording = CURRENT.get();
        if (recording == null || recording.spoiled) {
            return;
        }
        Set<String> tables = SqlTables.read(sql);
        if (tables == null) {
            recording.spoiled = true;
            return;
        }
        for (String table : tables) {
            recording.seen.computeIfAbsent(table, recording.version::ofTable);
        }
    }

    /** This thread wrote: what it computes is no plain read any more and is never kept. */
    static void wrote() {
        Recording recording = CURRENT.get();
        if (recording != null) {
            recording.spoiled = true;
        }
    }

    /** One recorded stretch of work. */
    public static final class Recording implements AutoCloseable {
        private final DataVersion version;
        private final long epoch;
        private final Map<String, Long> seen = new LinkedHashMap<>();
        private boolean spoiled;

        private Recording(DataVersion version) {
            this.version = version;
            this.epoch = version.epoch();
            this.spoiled = !version.isWatched();
        }

        /**
         * The stamp of what was read, or null when the result must not be kept: nobody watches the
         * writes, the work wrote itself, ran a statement whose tables could not be read, or a table
         * it read has been written in the meantime.
         */
        public TableStamp stamp() {
            if (spoiled || version.epoch() != epoch) {
                return null;
            }
            String[] tables = new String[seen.size()];
            long[] versions = new long[seen.size()];
            int i = 0;
            for (Map.Entry<String, Long> entry : seen.entrySet()) {
                tables[i] = entry.getKey();
                versions[i] = entry.getValue();
                i++;
            }
            TableStamp stamp = new TableStamp(epoch, tables, versions);
            return stamp.isCurrent(version) ? stamp : null;
        }

        @Override
        public void close() {
            CURRENT.remove();
        }
    }
}
