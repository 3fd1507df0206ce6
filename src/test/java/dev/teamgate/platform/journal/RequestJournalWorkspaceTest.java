package dev.teamgate.platform.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestJournalWorkspaceTest {

    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

    private static JournalEntry entry(RequestJournal journal, String workspace, String path) {
        return new JournalEntry(journal.nextId(), T, "v", "GET", path, null, 200, 1, "", "", null, null, workspace,
                Map.of("Accept", "*/*"), Map.of());
    }

    @Test
    void filtersAndForgetsOneWorkspaceLeavingTheOthers() {
        RequestJournal journal = new RequestJournal(10);
        journal.add(entry(journal, "v/mine", "/v/1"));
        journal.add(entry(journal, "v/theirs", "/v/2"));
        journal.add(entry(journal, "v/mine", "/v/3"));
        journal.add(entry(journal, null, "/v/4"));
        JournalQuery mine = new JournalQuery(null, null, null, null, null, "v/mine");

        assertThat(journal.find(mine, 10)).extracting(JournalEntry::path).containsExactly("/v/3", "/v/1");
        assertThat(journal.workspaces()).containsExactly("v/mine", "v/theirs");
        long before = journal.bytes();

        assertThat(journal.remove(mine)).isEqualTo(2);
        assertThat(journal.find(JournalQuery.ALL, 10)).extracting(JournalEntry::path).containsExactly("/v/4", "/v/2");
        assertThat(journal.bytes()).isEqualTo(before - 2 * RequestJournal.footprint(entry(journal, "v/mine", "/v/1")));
    }

    @Test
    void headersCountTowardsTheByteBudget() {
        RequestJournal journal = new RequestJournal(10);
        JournalEntry bare = new JournalEntry(1, T, "v", "GET", "/v", null, 200, 1, "", "", null, null);
        JournalEntry withHeaders = new JournalEntry(2, T, "v", "GET", "/v", null, 200, 1, "", "", null, null, "v/w",
                Map.of("Accept", "*/*"), Map.of("X-A", "b"));
        assertThat(RequestJournal.footprint(withHeaders) - RequestJournal.footprint(bare))
                .isEqualTo(2L * ("v/w".length() + "Accept".length() + "*/*".length() + "X-A".length() + "b".length()));
    }
}
