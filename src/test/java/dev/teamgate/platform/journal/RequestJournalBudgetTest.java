package dev.teamgate.platform.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The journal's byte budget: large bodies push out the oldest entries long before the entry count does. */
class RequestJournalBudgetTest {

    static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

    /** An entry whose path is {@code /v/<n>} zero-padded to four digits, so that all are charged alike. */
    private static JournalEntry withBody(RequestJournal journal, int n, int bodyChars) {
        return new JournalEntry(journal.nextId(), T, "v", "GET", String.format("/v/%04d", n), null, 200, 1, "",
                "x".repeat(bodyChars), null, null);
    }

    @Test
    void anEntryIsChargedTwoBytesPerCharacterPlusOverhead() {
        RequestJournal journal = new RequestJournal(10);
        JournalEntry e = new JournalEntry(1, T, "v", "GET", "/v/a", "q=1", 200, 1, "req", "resp", "pre", null);
        long chars = 1 + 3 + 4 + 3 + 3 + 4 + 3;
        assertThat(RequestJournal.footprint(e)).isEqualTo(RequestJournal.ENTRY_OVERHEAD + 2 * chars);
        journal.add(e);
        assertThat(journal.bytes()).isEqualTo(RequestJournal.footprint(e));
    }

    @Test
    void dropsTheOldestWhileTheTextExceedsTheBudget() {
        JournalEntry probe = withBody(new RequestJournal(1), 0, 1000);
        long perEntry = RequestJournal.footprint(probe);
        RequestJournal journal = new RequestJournal(10_000, 3 * perEntry);
        for (int i = 1; i <= 100; i++) {
            journal.add(withBody(journal, i, 1000));
            assertThat(journal.bytes()).isLessThanOrEqualTo(3 * perEntry);
        }
        assertThat(journal.size()).isEqualTo(3);
        assertThat(journal.find(JournalQuery.ALL, 10)).extracting(JournalEntry::path)
                .containsExactly("/v/0100", "/v/0099", "/v/0098");
    }

    @Test
    void smallEntriesStillFillEveryEntrySlot() {
        RequestJournal journal = new RequestJournal(50, 1_000_000);
        for (int i = 1; i <= 200; i++) {
            journal.add(withBody(journal, i, 10));
        }
        assertThat(journal.size()).isEqualTo(50);
        assertThat(journal.bytes()).isEqualTo(50 * RequestJournal.footprint(withBody(journal, 1, 10)));
    }

    @Test
    void theNewestEntryIsKeptEvenWhenItAloneExceedsTheBudget() {
        RequestJournal journal = new RequestJournal(10, 100);
        journal.add(withBody(journal, 1, 0));
        journal.add(withBody(journal, 2, 10_000));
        assertThat(journal.find(JournalQuery.ALL, 10)).extracting(JournalEntry::path).containsExactly("/v/0002");
    }

    @Test
    void clearingForgetsTheBytesToo() {
        RequestJournal journal = new RequestJournal(10, 1_000_000);
        journal.add(withBody(journal, 1, 100));
        journal.clear();
        assertThat(journal.size()).isZero();
        assertThat(journal.bytes()).isZero();
    }
}
