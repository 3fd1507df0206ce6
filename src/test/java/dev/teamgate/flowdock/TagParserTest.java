package dev.teamgate.flowdock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.teamgate.domain.account.Account;
import dev.teamgate.domain.workspace.Workspace;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Flowdock's tag rules (api-docs tags.md), without a server. */
class TagParserTest {

    static final Instant T = Instant.parse("2026-01-01T00:00:00Z");
    static final Workspace ACME = new Workspace("flowdock", "acme", "8", "Acme", T);
    static final List<Account> MEMBERS = List.of(account("16", "Marty"), account("2", "Mike"), account("9", "Joe"));

    static Account account(String id, String nick) {
        Account a = new Account(ACME, nick.toLowerCase(), id, nick, T);
        a.setNick(nick);
        return a;
    }

    @Test
    void theTagsDocsExample() {
        assertThat(TagParser.tags(List.of("#space-time-continuum"),
                "@Marty, there's a severe #bug in the flux-capacitor, see http://example.com", MEMBERS, "2"))
                .containsExactlyInAnyOrder(":user:16", ":unread:16", ":url", "bug", "space-time-continuum");
    }

    @Test
    void everyoneAliasesTagEveryoneAndMarkItUnreadForTheOthers() {
        for (String alias : List.of("@everyone", "@Everybody", "@all", "@anyone", "@anybody")) {
            assertThat(TagParser.tags(List.of(alias), null, MEMBERS, "2"))
                    .containsExactlyInAnyOrder(":user:everyone", ":unread:16", ":unread:9");
        }
    }

    @Test
    void nicksAreCaseInsensitiveUnknownOnesDropAndYourOwnMentionIsNotUnread() {
        assertThat(TagParser.tags(List.of("@MIKE", "@nobody"), "hello @joe", MEMBERS, "2"))
                .containsExactlyInAnyOrder(":user:2", ":user:9", ":unread:9");
    }

    @Test
    void aBareNickHighlightsButNotInsideOtherWords() {
        assertThat(TagParser.tags(List.of(), "ask joe or mike", MEMBERS, "2"))
                .containsExactlyInAnyOrder(":highlight:9");
        assertThat(TagParser.tags(List.of(), "joey and amike", MEMBERS, "2")).isEmpty();
    }

    @Test
    void hashesInUrlsAreNoTagsAndOverlongHashtagsStayText() {
        assertThat(TagParser.tags(List.of(), "see https://example.com/page#section", MEMBERS, null))
                .containsExactly(":url");
        assertThat(TagParser.tags(List.of(), "#" + "x".repeat(101) + " #ok", MEMBERS, null)).containsExactly("ok");
    }

    @Test
    void filterFormsMatchTheStoredTags() {
        assertThat(TagParser.filterForm("@Joe", MEMBERS)).isEqualTo(":user:9");
        assertThat(TagParser.filterForm("@all", MEMBERS)).isEqualTo(":user:everyone");
        assertThat(TagParser.filterForm("#todo", MEMBERS)).isEqualTo("todo");
        assertThat(TagParser.filterForm(":url", MEMBERS)).isEqualTo(":url");
    }
}
