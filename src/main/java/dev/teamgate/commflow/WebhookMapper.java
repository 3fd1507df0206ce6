package dev.teamgate.commflow;

import dev.teamgate.domain.webhook.WebhookSubscription;
import java.util.List;

final class WebhookMapper {

    private WebhookMapper() {
    }

    static WebhookResource toResource(WebhookSubscription s) {
        return resource(s, null);
    }

    static WebhookResource withSecret(WebhookSubscription s) {
        return resource(s, s.getSecret());
    }

    private static WebhookResource resource(WebhookSubscription s, String secret) {
        return new WebhookResource(s.getExternalId(), s.getUrl(), List.copyOf(s.eventSet()), s.getDescription(),
                s.isActive(), secret, WireTime.of(s.getCreatedAt()), WireTime.of(s.getUpdatedAt()));
    }
}
