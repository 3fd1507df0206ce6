package dev.teamgate.flowdock;

import dev.teamgate.platform.openapi.HandlerStatuses;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The success statuses Flowdock handlers decide at run time: a post or comment is acknowledged with
 * 202 and no body (200 with the stored message only under {@code X-flowdock-wait-for-message}); a
 * deletion answers 204. Kept beside the controllers, not in their annotations, as one table.
 */
@Configuration(proxyBeanMethods = false)
class FlowdockSuccessStatuses {

    private static final String ACCEPTED = "202=Accepted: the message is queued and the body is empty. Send "
            + "`X-flowdock-wait-for-message: true` to get the stored message back with 200 instead.";
    private static final String NO_CONTENT = "204=No content: done, nothing to return.";

    @Bean
    HandlerStatuses flowdockHandlerStatuses() {
        return new HandlerStatuses(FlowdockSuccessStatuses.class, Map.of(
                "MessagesController#post", List.of(ACCEPTED),
                "MessagesController#postToFlow", List.of(ACCEPTED),
                "MessagesController#postToThread", List.of(ACCEPTED),
                "MessagesController#comment", List.of(ACCEPTED),
                "MessagesController#commentOn", List.of(ACCEPTED),
                "MessagesController#delete", List.of(NO_CONTENT),
                "InvitationsController#delete", List.of(NO_CONTENT, "-200"),
                "SourcesController#delete", List.of(NO_CONTENT, "-200"),
                "UsersController#removeFromOrganization", List.of(NO_CONTENT, "-200")));
    }
}
