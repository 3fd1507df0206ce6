package dev.teamgate.commflow;

import dev.teamgate.domain.webhook.WebhookSubscription;
import dev.teamgate.domain.webhook.WebhookSubscriptionRepository;
import dev.teamgate.domain.workspace.Workspace;
import dev.teamgate.platform.webhook.OutboundWebhook;
import dev.teamgate.platform.webhook.WebhookDispatcher;
import dev.teamgate.platform.webhook.WebhookSignatures;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Publishes CommFlow's webhook events to the workspace's active subscriptions that want them. The
 * body is serialised now, inside the change's transaction, and handed to the platform's dispatcher
 * to send after commit. Signature scheme (Teamgate's choice; CommFlow's own is not public):
 * {@code X-CommFlow-Signature: sha256=<lowercase hex HMAC-SHA256 of the raw body under the
 * subscription's secret>}, with {@code X-CommFlow-Timestamp} (epoch seconds, when the event happened)
 * and {@code X-CommFlow-Event} beside it.
 */
@Component
@RequiredArgsConstructor
class CommFlowEvents {

    static final String TICKET_CREATED = "ticket.created";
    static final String TICKET_UPDATED = "ticket.updated";
    static final String TICKET_ASSIGNED = "ticket.assigned";
    static final String MESSAGE_CREATED = "message.created";
    static final String CONTACT_CREATED = "contact.created";
    static final List<String> ALL = List.of(TICKET_CREATED, TICKET_UPDATED, TICKET_ASSIGNED, MESSAGE_CREATED,
            CONTACT_CREATED);

    private static final String SIGNATURE_HEADER = "X-CommFlow-Signature";
    private static final String TIMESTAMP_HEADER = "X-CommFlow-Timestamp";
    private static final String EVENT_HEADER = "X-CommFlow-Event";
    private static final String WEBHOOK_ID_HEADER = "X-CommFlow-Webhook-Id";

    private final WebhookSubscriptionRepository subscriptions;
    private final WebhookDispatcher dispatcher;
    private final ObjectMapper json;
    private final Clock clock;

    /** What an event is about, for ordering: the ticket, the contact, or a message's conversation. */
    static String resourceOf(Object data) {
        if (data instanceof TicketResource ticket) {
            return ticket.id();
        }
        if (data instanceof MessageResource message) {
            return message.conversationId();
        }
        if (data instanceof ContactResource contact) {
            return contact.id();
        }
        return null;
    }

    void publish(Workspace workspace, String event, Object data) {
        List<WebhookSubscription> wanting = subscriptions.findByWorkspaceAndActiveTrueOrderById(workspace).stream()
                .filter(s -> s.wants(event))
                .toList();
        if (wanting.isEmpty()) {
            return;
        }
        Instant now = WireTime.of(clock.instant());
        String body = json.writeValueAsString(new WebhookEvent(event, now, data));
        for (WebhookSubscription subscription : wanting) {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("User-Agent", "CommFlow-Webhooks/1.0 (Teamgate)");
            headers.put(EVENT_HEADER, event);
            headers.put(WEBHOOK_ID_HEADER, subscription.getExternalId());
            headers.put(TIMESTAMP_HEADER, String.valueOf(now.getEpochSecond()));
            headers.put(SIGNATURE_HEADER, "sha256=" + WebhookSignatures.hmacSha256Hex(subscription.getSecret(), body));
            // One subscriber's events of one resource arrive in the order they happened (created before assigned).
            String resource = resourceOf(data);
            String orderingKey = resource == null ? null
                    : CommFlowConfiguration.KEY + ":" + subscription.getId() + ":" + resource;
            dispatcher.dispatchAfterCommit(new OutboundWebhook(CommFlowConfiguration.KEY, workspace.getId(), event,
                    subscription.getUrl(), body, headers, orderingKey));
        }
    }
}
