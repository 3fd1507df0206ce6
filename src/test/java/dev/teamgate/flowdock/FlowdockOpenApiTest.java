package dev.teamgate.flowdock;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import org.junit.jupiter.api.Test;

/** Which Flowdock paths the document lists, and under which resource, without a server. */
class FlowdockOpenApiTest {

    @Test
    void theV1AliasIsListedOnlyForThePushApiWhereFlowdocksDocsPutIt() {
        assertThat(FlowdockOpenApi.isListed("/flowdock/flows/{org}/{flow}/messages")).isTrue();
        assertThat(FlowdockOpenApi.isListed("/flowdock/v1/flows/{org}/{flow}/messages")).isFalse();
        assertThat(FlowdockOpenApi.isListed("/flowdock/v1/messages/chat/{tokens}")).isTrue();
        assertThat(FlowdockOpenApi.isListed("/flowdock/messages/chat/{tokens}")).isFalse();
        assertThat(FlowdockOpenApi.isListed("/flowdock/messages")).isTrue();
        assertThat(FlowdockOpenApi.isListed("/flowdock/flows/{org}/{flow}/source/{id}")).isFalse();
        assertThat(FlowdockOpenApi.isListed("/flowdock/stream/flows")).isTrue();
    }

    @Test
    void aPutIsListedWithoutItsPatchTwin() {
        Paths all = new Paths().addPathItem("/flowdock/flows/{org}/{flow}", new PathItem()
                .get(new Operation()).put(new Operation()).patch(new Operation()));

        PathItem listed = FlowdockOpenApi.listedOnce(all).get("/flowdock/flows/{org}/{flow}");

        assertThat(listed.getPut()).isNotNull();
        assertThat(listed.getPatch()).isNull();
        assertThat(listed.getGet()).isNotNull();
    }

    @Test
    void eachPathIsTaggedWithItsResource() {
        assertThat(FlowdockOpenApi.tagOf("/flowdock/flows")).isEqualTo("Flows");
        assertThat(FlowdockOpenApi.tagOf("/flowdock/flows/{org}/{flow}")).isEqualTo("Flows");
        assertThat(FlowdockOpenApi.tagOf("/flowdock/messages")).isEqualTo("Messages");
        assertThat(FlowdockOpenApi.tagOf("/flowdock/comments")).isEqualTo("Messages");
        assertThat(FlowdockOpenApi.tagOf("/flowdock/flows/{org}/{flow}/messages/{id}/comments")).isEqualTo("Messages");
        assertThat(FlowdockOpenApi.tagOf("/flowdock/flows/{org}/{flow}/threads/{thread}/messages")).isEqualTo("Threads");
        assertThat(FlowdockOpenApi.tagOf("/flowdock/flows/{org}/{flow}/users/{id}")).isEqualTo("Users");
        assertThat(FlowdockOpenApi.tagOf("/flowdock/organizations/{org}/users")).isEqualTo("Users");
        assertThat(FlowdockOpenApi.tagOf("/flowdock/organizations/find")).isEqualTo("Organizations");
        assertThat(FlowdockOpenApi.tagOf("/flowdock/private/{id}/messages")).isEqualTo("Private conversations");
        assertThat(FlowdockOpenApi.tagOf("/flowdock/sources")).isEqualTo("Sources");
        assertThat(FlowdockOpenApi.tagOf("/flowdock/flows/{org}/{flow}/sources/{id}")).isEqualTo("Sources");
        assertThat(FlowdockOpenApi.tagOf("/flowdock/flows/{org}/{flow}/invitations/import")).isEqualTo("Invitations");
        assertThat(FlowdockOpenApi.tagOf("/flowdock/files/{organization}/{hash}/{name}")).isEqualTo("Files");
        assertThat(FlowdockOpenApi.tagOf("/flowdock/stream/flows/{org}/{flow}")).isEqualTo("Streaming");
        assertThat(FlowdockOpenApi.tagOf("/flowdock/v1/messages/team_inbox/{tokens}")).isEqualTo("Push API (deprecated)");
        assertThat(FlowdockOpenApi.tagOf("/flowdock/oauth/token")).isEqualTo("OAuth");
    }
}
