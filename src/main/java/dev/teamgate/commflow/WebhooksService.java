package dev.teamgate.commflow;

import dev.teamgate.domain.credential.SecretHasher;
import dev.teamgate.domain.webhook.WebhookSubscription;
import dev.teamgate.domain.webhook.WebhookSubscriptionRepository;
import dev.teamgate.domain.workspace.Workspace;
import dev.teamgate.platform.webhook.OwnPorts;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Webhook subscriptions of one workspace: {@code {url, events, secret, description, active}}. */
@Service
@RequiredArgsConstructor
class WebhooksService {

    static final ListQuery.Options LIST = new ListQuery.Options(List.of(), List.of("created_at"), "created_at", false);

    private final WebhookSubscriptionRepository subscriptions;
    private final Clock clock;

    private final OwnPorts ownPorts;

    @Transactional(readOnly = true)
    public Page<WebhookSubscription> list(Workspace workspace, ListQuery query) {
        Sort.Direction direction = query.descending() ? Sort.Direction.DESC : Sort.Direction.ASC;
        return subscriptions.findByWorkspace(workspace, PageRequest.of(query.page() - 1, query.perPage(),
                Sort.by(direction, "createdAt").and(Sort.by(direction, "id"))));
    }

    @Transactional(readOnly = true)
    public WebhookSubscription get(Workspace workspace, String id) {
        return subscriptions.findByWorkspaceAndExternalId(workspace, id)
                .orElseThrow(() -> CommFlowErrors.notFound("webhook", id));
    }

    @Transactional
    public WebhookSubscription create(Workspace workspace, RequestFields body) {
        String url = url(body);
        List<String> events = events(body);
        String secret = secret(body);
        WebhookSubscription subscription = new WebhookSubscription(workspace, CommFlowIds.next("wh"), url, events,
                secret == null ? "whsec_" + SecretHasher.randomSecret(32) : secret, WireTime.of(clock.instant()));
        subscription.setDescription(body.text("description", 1000));
        Boolean active = body.bool("active");
        subscription.setActive(active == null || active);
        return subscriptions.save(subscription);
    }

    /** PUT sets every field (a missing secret keeps the current one); PATCH only those given. */
    @Transactional
    public WebhookSubscription update(Workspace workspace, String id, RequestFields body, boolean partial) {
        WebhookSubscription subscription = get(workspace, id);
        if (!partial || body.has("url")) {
            subscription.setUrl(url(body));
        }
        if (!partial || body.has("events")) {
            subscription.setEventList(events(body));
        }
        String secret = secret(body);
        if (secret != null) {
            subscription.setSecret(secret);
        }
        if (!partial || body.has("description")) {
            subscription.setDescription(body.text("description", 1000));
        }
        if (!partial || body.has("active")) {
            Boolean active = body.bool("active");
            subscription.setActive(active == null || active);
        }
        subscription.setUpdatedAt(WireTime.of(clock.instant()));
        return subscription;
    }

    @Transactional
    public void delete(Workspace workspace, String id) {
        subscriptions.delete(get(workspace, id));
    }

    private String url(RequestFields body) {
        String url = body.requiredText("url", 2000);
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                if (ownPorts.isTargetedBy(url)) {
                    throw body.invalid("url", "The 'url' field must not point at this server itself.");
                }
                return url;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw body.invalid("url", "The 'url' field must be an absolute http or https URL.");
    }

    private static List<String> events(RequestFields body) {
        List<String> events = body.texts("events", 20, 100);
        if (events == null || events.isEmpty()) {
            throw body.invalid("events", "The 'events' field must list at least one event.");
        }
        List<String> known = new ArrayList<>(CommFlowEvents.ALL);
        known.add(WebhookSubscription.ALL_EVENTS);
        for (String event : events) {
            if (!known.contains(event)) {
                throw body.invalid("events", "Unknown event '" + event + "'. Events: " + String.join(", ", CommFlowEvents.ALL)
                        + " (or * for all).");
            }
        }
        return events;
    }

    private static String secret(RequestFields body) {
        String secret = body.text("secret", 200);
        if (secret != null && secret.length() < 8) {
            throw body.invalid("secret", "The 'secret' field must be at least 8 characters.");
        }
        return secret;
    }
}
