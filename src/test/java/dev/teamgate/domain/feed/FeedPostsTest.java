package dev.teamgate.domain.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.teamgate.domain.DomainSliceConfiguration;
import dev.teamgate.domain.fixture.FixtureDocument;
import dev.teamgate.domain.fixture.FixtureLoader;
import dev.teamgate.domain.message.Message;
import dev.teamgate.domain.workspace.Workspace;
import dev.teamgate.domain.workspace.WorkspaceRepository;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.ObjectMapper;

/** The feed of a workspace: its feed rooms' top-level, live posts, filtered and paged. */
@DataJpaTest
@Import(DomainSliceConfiguration.class)
class FeedPostsTest {

    static final String FIXTURE = """
            {"workspaces":[
              {"vendor":"v","slug":"one","name":"One",
               "accounts":[{"slug":"ann","externalId":"p_ann","name":"Ann Author"},{"slug":"bo","externalId":"p_bo","name":"Bo"}],
               "rooms":[
                 {"slug":"feed","kind":"feed","name":"Feed","messages":[
                   {"author":"ann","event":"post","content":"a1","threadKey":"1","createdAt":"2026-05-01T08:00:00Z"},
                   {"author":"bo","event":"post","content":"b1","threadKey":"2","createdAt":"2026-05-02T08:00:00Z"},
                   {"author":"ann","event":"comment","content":"reply","parent":2,"createdAt":"2026-05-02T09:00:00Z"},
                   {"author":"ann","event":"post","content":"gone","threadKey":"4","deleted":true,"createdAt":"2026-05-03T08:00:00Z"},
                   {"authorName":"Guest Writer","event":"post","content":"g1","threadKey":"5","createdAt":"2026-05-04T08:00:00Z"},
                   {"author":"ann","event":"post","content":"a2","threadKey":"6","createdAt":"2026-05-05T08:00:00Z"}]},
                 {"slug":"chat","kind":"channel","name":"Chat","messages":[
                   {"author":"ann","event":"message","content":"not a post","threadKey":"7","createdAt":"2026-05-06T08:00:00Z"}]}]},
              {"vendor":"v","slug":"two","name":"Two","rooms":[{"slug":"feed","kind":"feed","name":"Feed","messages":[
                   {"event":"post","content":"other tenant","threadKey":"1","createdAt":"2026-05-07T08:00:00Z"}]}]}]}""";

    @Autowired FixtureLoader loader;
    @Autowired ObjectMapper json;
    @Autowired WorkspaceRepository workspaces;
    @Autowired FeedPosts feed;

    Workspace one;

    @BeforeEach
    void load() {
        loader.load(json.readValue(FIXTURE, FixtureDocument.class));
        one = workspaces.findByVendorAndSlug("v", "one").orElseThrow();
    }

    private FeedPage find(String author, String from, String until, int offset, int limit) {
        return feed.find(one, new FeedQuery(author, from == null ? null : Instant.parse(from),
                until == null ? null : Instant.parse(until), offset, limit));
    }

    @Test
    void onlyLiveTopLevelPostsOfTheWorkspacesFeedRoomsNewestFirst() {
        FeedPage page = find(null, null, null, 0, 10);
        assertThat(page.total()).isEqualTo(4);
        assertThat(page.posts()).extracting(Message::getContent).containsExactly("a2", "g1", "b1", "a1");
    }

    @Test
    void pagesSkipAndCutButCountEverything() {
        FeedPage page = find(null, null, null, 1, 2);
        assertThat(page.total()).isEqualTo(4);
        assertThat(page.posts()).extracting(Message::getContent).containsExactly("g1", "b1");
        assertThat(find(null, null, null, 10, 2).posts()).isEmpty();
    }

    @Test
    void authorMatchesAProfileIdOrAFullNameInAnyCase() {
        assertThat(find("p_ann", null, null, 0, 10).posts()).extracting(Message::getContent).containsExactly("a2", "a1");
        assertThat(find("ann author", null, null, 0, 10).posts()).extracting(Message::getContent).containsExactly("a2", "a1");
        assertThat(find("GUEST WRITER", null, null, 0, 10).posts()).extracting(Message::getContent).containsExactly("g1");
        assertThat(find("nobody", null, null, 0, 10).total()).isZero();
    }

    @Test
    void fromIsInclusiveAndUntilExclusive() {
        assertThat(find(null, "2026-05-02T08:00:00Z", "2026-05-05T08:00:00Z", 0, 10).posts())
                .extracting(Message::getContent).containsExactly("g1", "b1");
    }

    @Test
    void aPostIsFoundByItsThreadKeyInItsOwnWorkspaceOnly() {
        assertThat(feed.byThreadKey(one, "1")).get().extracting(Message::getContent).isEqualTo("a1");
        assertThat(feed.byThreadKey(one, "4")).isEmpty();
        assertThat(feed.byThreadKey(one, "7")).isEmpty();
        Workspace two = workspaces.findByVendorAndSlug("v", "two").orElseThrow();
        assertThat(feed.byThreadKey(two, "1")).get().extracting(Message::getContent).isEqualTo("other tenant");
    }
}
