package dev.teamgate.flowdock;

import dev.teamgate.platform.openapi.HandlerStatuses;
import dev.teamgate.platform.openapi.OAuthStatuses;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The statuses Flowdock handlers decide at run time: a post or comment is acknowledged with 202 and
 * no body (200 with the stored message only under {@code X-flowdock-wait-for-message}); a deletion
 * answers 204; OAuth's authorization answers redirect and its token endpoint refuses an unknown
 * client with 401; the push API refuses an unknown flow token in the path with 401. Kept beside the
 * controllers, not in their annotations, as one table.
 */
@Configuration(proxyBeanMethods = false)
class FlowdockRunTimeStatuses {

    private static final String ACCEPTED = "202=Accepted: the message is queued and the body is empty. Send "
            + "`X-flowdock-wait-for-message: true` to get the stored message back with 200 instead.";
    private static final String NO_CONTENT = "204=No content: done, nothing to return.";
    private static final String UNKNOWN_FLOW_TOKEN = "401=`{\"message\":\"Invalid flow_token\"}`: a token in the path "
            + "names no source.";

    @Bean
    HandlerStatuses flowdockHandlerStatuses() {
        return new HandlerStatuses(FlowdockRunTimeStatuses.class, Map.ofEntries(
                Map.entry("MessagesController#post", List.of(ACCEPTED)),
                Map.entry("MessagesController#postToFlow", List.of(ACCEPTED)),
                Map.entry("MessagesController#postToThread", List.of(ACCEPTED)),
                Map.entry("MessagesController#comment", List.of(ACCEPTED)),
                Map.entry("MessagesController#commentOn", List.of(ACCEPTED)),
                Map.entry("MessagesController#delete", List.of(NO_CONTENT)),
                Map.entry("InvitationsController#delete", List.of(NO_CONTENT, "-200")),
                Map.entry("SourcesController#delete", List.of(NO_CONTENT, "-200")),
                Map.entry("UsersController#removeFromOrganization", List.of(NO_CONTENT, "-200")),
                Map.entry("FlowdockOAuthController#authorize", List.of(OAuthStatuses.REDIRECT)),
                Map.entry("FlowdockOAuthController#decide", List.of(OAuthStatuses.REDIRECT)),
                Map.entry("FlowdockOAuthController#token", List.of(OAuthStatuses.INVALID_CLIENT)),
                Map.entry("PushController#chat", List.of(UNKNOWN_FLOW_TOKEN)),
                Map.entry("PushController#teamInbox", List.of(UNKNOWN_FLOW_TOKEN))));
    }
}
