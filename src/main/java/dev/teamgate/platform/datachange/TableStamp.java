package dev.teamgate.platform.datachange;

import java.util.Arrays;

/**
 * The versions of the tables something was computed from, taken before it read them. It still
 * holds while none of those tables (and no unknown table) has been written since.
 */
public final class TableStamp {

    private final long epoch;
    private final String[] tables;
    private final long[] versions;

    TableStamp(long epoch, String[] tables, long[] versions) {
        this.epoch = epoch;
        this.tables = tables;
        this.versions = versions;
    }

    public boolean isCurrent(DataVersion version) {
        if (version.epoch() != epoch) {
            return false;
        }
        for (int i = 0; i < tables.length; i++) {
            if (version.ofTable(tables[i]) != versions[i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "TableStamp" + Arrays.toString(tables);
    }
}
