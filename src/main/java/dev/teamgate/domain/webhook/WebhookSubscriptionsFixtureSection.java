package dev.teamgate.domain.webhook;

import dev.teamgate.domain.InvalidInputException;
import dev.teamgate.domain.fixture.FixtureJson;
import dev.teamgate.domain.fixture.FixtureSection;
import dev.teamgate.domain.workspace.Workspace;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Fixture section {@code webhooks}: the workspace's outbound webhook subscriptions. Signing secrets
 * are exported in plain text, like credentials' shared secrets: the server needs them to sign.
 */
@Component
@RequiredArgsConstructor
public class WebhookSubscriptionsFixtureSection implements FixtureSection {

    static final String NAME = "webhooks";

    private final WebhookSubscriptionRepository subscriptions;
    private final ObjectMapper json;
    private final Clock clock;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void load(Workspace workspace, JsonNode data) {
        List<WebhookSubscriptionFixture> entries = FixtureJson.entries(json, NAME, data, WebhookSubscriptionFixture.class);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            WebhookSubscriptionFixture f = entries.get(i);
            String path = NAME + "[" + i + "]";
            String externalId = required(f == null ? null : f.externalId(), path + ".externalId");
            if (!seen.add(externalId)) {
                throw new InvalidInputException(path + ".externalId", "duplicate webhook id " + externalId);
            }
            String url = required(f.url(), path + ".url");
            String secret = required(f.secret(), path + ".secret");
            if (f.events() == null || f.events().isEmpty()) {
                throw new InvalidInputException(path + ".events", path + ".events needs at least one event");
            }
            Instant created = f.createdAt() == null ? clock.instant() : f.createdAt();
            WebhookSubscription s = new WebhookSubscription(workspace, externalId, url, f.events(), secret, created);
            s.setDescription(f.description());
            s.setActive(f.active() == null || f.active());
            s.setUpdatedAt(f.updatedAt() == null ? created : f.updatedAt());
            subscriptions.save(s);
        }
    }

    @Override
    public JsonNode export(Workspace workspace) {
        List<WebhookSubscriptionFixture> entries = subscriptions.findByWorkspaceOrderById(workspace).stream()
                .map(s -> new WebhookSubscriptionFixture(s.getExternalId(), s.getUrl(), List.copyOf(s.eventSet()),
                        s.getSecret(), s.getDescription(), s.isActive() ? null : Boolean.FALSE, s.getCreatedAt(),
                        s.getUpdatedAt()))
                .toList();
        return entries.isEmpty() ? null : json.valueToTree(entries);
    }


    private static String required(String value, String path) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(path, path + " is required");
        }
        return value;
    }
}
