package dev.teamgate.flowdock;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/**
 * The success statuses Flowdock handlers decide at run time ({@code ResponseEntity}), which springdoc
 * cannot see and so documented as a plain 200: a post or comment is acknowledged with 202 and no body
 * (200 with the stored message only under {@code X-flowdock-wait-for-message}); a deletion answers 204.
 * Kept beside the controllers, not in their annotations, so the table is the one place to read them.
 */
@Component
class FlowdockSuccessStatuses implements GlobalOperationCustomizer {

    private static final String ACCEPTED = "Accepted: the message is queued and the body is empty. Send "
            + "`X-flowdock-wait-for-message: true` to get the stored message back with 200 instead.";

    /** Handler ({@code Controller#method}) → the statuses it answers besides its declared ones; "-200": never 200. */
    private static final Map<String, List<String>> STATUSES = Map.of(
            "MessagesController#post", List.of("202"),
            "MessagesController#postToFlow", List.of("202"),
            "MessagesController#postToThread", List.of("202"),
            "MessagesController#comment", List.of("202"),
            "MessagesController#commentOn", List.of("202"),
            "MessagesController#delete", List.of("204"),
            "InvitationsController#delete", List.of("204", "-200"),
            "SourcesController#delete", List.of("204", "-200"),
            "UsersController#removeFromOrganization", List.of("204", "-200"));

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        List<String> statuses = STATUSES.get(handler.getBeanType().getSimpleName() + "#" + handler.getMethod().getName());
        if (statuses == null || !handler.getBeanType().getPackageName().equals(getClass().getPackageName())) {
            return operation;
        }
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        for (String status : statuses) {
            if (status.startsWith("-")) {
                responses.remove(status.substring(1));
            } else if (!responses.containsKey(status)) {
                responses.addApiResponse(status, new ApiResponse()
                        .description(status.equals("202") ? ACCEPTED : "No content: done, nothing to return."));
            }
        }
        operation.setResponses(responses);
        return operation;
    }
}
