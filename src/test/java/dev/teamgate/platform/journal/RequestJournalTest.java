package dev.teamgate.platform.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RequestJournalTest {

    private static JournalEntry entry(RequestJournal journal, String vendor, String method, String path, int status,
                                      Instant at) {
        return new JournalEntry(journal.nextId(), at, vendor, method, path, null, status, 1, "", "", null, null);
    }

    @Test
    void keepsExactlyItsCapacityDroppingTheOldest() {
        RequestJournal journal = new RequestJournal(3);
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 1; i <= 4; i++) {
            journal.add(entry(journal, "v", "GET", "/v/" + i, 200, t));
        }
        assertThat(journal.size()).isEqualTo(3);
        assertThat(journal.find(JournalQuery.ALL, 10)).extracting(JournalEntry::path)
                .containsExactly("/v/4", "/v/3", "/v/2");
    }

    @Test
    void filtersByEveryField() {
        RequestJournal journal = new RequestJournal(10);
        Instant early = Instant.parse("2026-01-01T00:00:00Z");
        Instant late = Instant.parse("2026-01-02T00:00:00Z");
        journal.add(entry(journal, "a", "GET", "/a/flows/x/messages", 200, early));
        journal.add(entry(journal, "a", "POST", "/a/flows/x/messages", 201, late));
        journal.add(entry(journal, "b", "GET", "/b/other", 404, late));

        assertThat(journal.count(new JournalQuery("a", null, null, null, null))).isEqualTo(2);
        assertThat(journal.count(new JournalQuery(null, "post", null, null, null))).isEqualTo(1);
        assertThat(journal.count(new JournalQuery(null, null, "/a/flows/*/messages", null, null))).isEqualTo(2);
        assertThat(journal.count(new JournalQuery(null, null, "/a/**", null, null))).isEqualTo(2);
        assertThat(journal.count(new JournalQuery(null, null, "/a/flows", null, null))).isZero();
        assertThat(journal.count(new JournalQuery(null, null, null, 404, null))).isEqualTo(1);
        assertThat(journal.count(new JournalQuery(null, null, null, null, late))).isEqualTo(2);
        assertThat(journal.find(JournalQuery.ALL, 2)).hasSize(2);
    }

    @Test
    void masksSecretsInQueryFormAndJson() {
        SecretMasker secrets = new SecretMasker(Set.of("key", "flow_token"));
        assertThat(secrets.mask("companyId=C1&key=abc123&email=x"))
                .isEqualTo("companyId=C1&key=***&email=x");
        assertThat(secrets.mask("key=abc")).isEqualTo("key=***");
        assertThat(secrets.mask("{\"flow_token\": \"s3cr\\\"et\", \"content\":\"key=visible?\"}"))
                .isEqualTo("{\"flow_token\": \"***\", \"content\":\"key=visible?\"}");
        assertThat(secrets.mask("monkey=banana")).isEqualTo("monkey=banana");
        assertThat(secrets.mask("KEY=abc&x=1")).isEqualTo("KEY=***&x=1");
        assertThat(secrets.mask("{\"Flow_Token\":\"abc\"}")).isEqualTo("{\"Flow_Token\":\"***\"}");
        assertThat(secrets.mask("[{\"content\":\"the key is blue\"}]"))
                .isEqualTo("[{\"content\":\"the key is blue\"}]");
    }
}
