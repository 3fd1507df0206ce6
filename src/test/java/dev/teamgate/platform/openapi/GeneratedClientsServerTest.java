package dev.teamgate.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.teamgate.generated.commflow.api.ConversationsApi;
import dev.teamgate.generated.commflow.model.ConversationResource;
import dev.teamgate.generated.commflow.model.ListResponseConversationResource;
import dev.teamgate.generated.flowdock.api.MessagesApi;
import dev.teamgate.generated.flowdock.model.Post1Request;
import dev.teamgate.generated.flowdock.model.Message;
import dev.teamgate.generated.stackfield.api.WebHooksApi;
import dev.teamgate.generated.stackfield.model.StackfieldWebhookBody;
import dev.teamgate.generated.stackfield.model.WebhookResult;
import dev.teamgate.generated.talktome.api.AccountsApi;
import dev.teamgate.generated.talktome.model.IsAccountAnswer;
import dev.teamgate.generated.talktome.model.SavedAnswer;
import dev.teamgate.generated.teamfluence.api.PostsApi;
import dev.teamgate.generated.teamfluence.model.PostList;
import dev.teamgate.support.ServerTest;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Each vendor called through the Java client the build generates from its committed OpenAPI document
 * (openapi-generator-maven-plugin; documents kept current by {@link PublishedDocumentsServerTest}).
 * The clients read the answers with the documents' property names and types, so a field the document
 * names wrongly comes back null: the assertions check the fields are filled.
 */
class GeneratedClientsServerTest extends ServerTest {

    @Test
    void commFlowConversationsPageByPageWithTheDocumentedMeta() throws Exception {
        var client = new dev.teamgate.generated.commflow.ApiClient();
        client.updateBaseUri(base());
        ConversationsApi conversations = new ConversationsApi(client.setRequestInterceptor(bearer("sk_live_teamgate_professional")));

        List<String> ids = new ArrayList<>();
        int page = 1;
        ListResponseConversationResource answer;
        do {
            answer = conversations.list2(page, 2, null, null, null, null, null, null, null, null, null);
            assertThat(answer.getMeta().getCurrentPage()).isEqualTo(page);
            assertThat(answer.getMeta().getPerPage()).isEqualTo(2);
            for (ConversationResource conversation : answer.getData()) {
                assertThat(conversation.getCreatedAt()).as("created_at read through the document").isNotNull();
                ids.add(conversation.getId());
            }
            page++;
        } while (answer.getLinks().getNext() != null);

        assertThat(page - 1).isEqualTo(answer.getMeta().getTotalPages()).isGreaterThan(1);
        assertThat(ids).doesNotHaveDuplicates().hasSize(answer.getMeta().getTotalCount().intValue());
    }

    @Test
    void flowdockMessagePostedAndReadBack() throws Exception {
        var client = new dev.teamgate.generated.flowdock.ApiClient();
        client.updateBaseUri(base());
        MessagesApi messages = new MessagesApi(client.setRequestInterceptor(
                builder -> builder.header("Authorization", "Basic ZGVhZGJlZWZkZWFkYmVlZjo="))); // deadbeefdeadbeef:

        // The generator names the document's inline message body after the first operation that uses it.
        Post1Request message = new Post1Request().event(Post1Request.EventEnum.MESSAGE)
                .content("Posted by the generated client").tags(List.of("generated"));
        Object stored = messages.postToFlow("acme", "my-flow", message, Map.of("X-flowdock-wait-for-message", "true"));
        assertThat(stored).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("content", "Posted by the generated client");

        List<Message> flow = messages.list4("acme", "my-flow", null, null, null, null, null, null, null, null, null);
        Message last = flow.get(flow.size() - 1);
        assertThat(last.getContent()).isEqualTo("Posted by the generated client");
        assertThat(last.getEvent()).isEqualTo("message");
        assertThat(last.getTags()).contains("generated");
        assertThat(last.getId()).isNotNull();
    }

    @Test
    void stackfieldWebhookPost() throws Exception {
        var client = new dev.teamgate.generated.stackfield.ApiClient();
        client.updateBaseUri(base());
        WebHooksApi webhooks = new WebHooksApi(client);

        WebhookResult result = webhooks.receive("e5a1cfbd-970e-45a1-b81c-3e004f9bdab5",
                new StackfieldWebhookBody().title("Sent by the generated client"));

        assertThat(result.getResult()).isEqualTo("ok");
    }

    @Test
    void talkToMeAccountCheckAndDoNotDisturb() throws Exception {
        clock.freeze(Instant.parse("2023-08-10T12:00:00Z"));
        String company = "JSOM3ACS72QAJ2I1IM1D5VNFGR";
        String key = "464816e2871ffd941f49cd00fe3eeb10f1348042f8e41d1f5d6cf2c0c23a4dfb"; // that day's key
        var client = new dev.teamgate.generated.talktome.ApiClient();
        client.updateBaseUri(base());
        AccountsApi accounts = new AccountsApi(client);

        IsAccountAnswer answer = accounts.isAccount(company, "paul.doe@company-ltd.example", key);
        SavedAnswer saved = accounts.doNotDisturb1("paul.doe@company-ltd.example", company, key, "true");

        assertThat(answer.getSuccess()).isTrue();
        assertThat(answer.getExists()).isTrue();
        assertThat(saved.getSuccess()).isTrue();
    }

    @Test
    void teamfluencePosts() throws Exception {
        var client = new dev.teamgate.generated.teamfluence.ApiClient();
        client.updateBaseUri(base());
        PostsApi posts = new PostsApi(client.setRequestInterceptor(bearer("tfk_growth_steven_owner_key")));

        PostList list = posts.posts("2f6b1c3e-8a4d-4e5f-9b7a-1c2d3e4f5a6b", null, null, null, null, null);

        assertThat(list.getPosts()).isNotEmpty();
        assertThat(list.getCount()).isGreaterThanOrEqualTo(list.getPosts().size());
        assertThat(list.getPosts().get(0).getId()).isNotNull();
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private static Consumer<HttpRequest.Builder> bearer(String secret) {
        return builder -> builder.header("Authorization", "Bearer " + secret);
    }
}
