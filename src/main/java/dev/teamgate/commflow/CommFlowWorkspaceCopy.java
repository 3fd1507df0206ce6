package dev.teamgate.commflow;

import dev.teamgate.domain.credential.SecretHasher;
import dev.teamgate.domain.fixture.WorkspaceFixture;
import dev.teamgate.domain.oauth.OAuthAppsFixtureSection;
import dev.teamgate.platform.seed.WorkspaceCopyHook;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A copied CommFlow workspace gets OAuth apps of its own (client ids are global, so they are
 * suffixed with the copy's tag, and secrets renewed) and new webhook signing secrets.
 */
@Component
class CommFlowWorkspaceCopy implements WorkspaceCopyHook {

    @Override
    public String vendor() {
        return CommFlowConfiguration.KEY;
    }

    @Override
    public WorkspaceFixture adjust(WorkspaceFixture copy, String tag) {
        Map<String, JsonNode> sections = new TreeMap<>(copy.sections());
        sections.computeIfPresent("oauthApps", (name, apps) -> OAuthAppsFixtureSection.renewedForCopy(apps, tag,
                OAuthAppsAdminController.KIND.clientSecretPrefix()));
        sections.computeIfPresent("webhooks", (name, hooks) -> renew(hooks,
                hook -> hook.put("secret", "whsec_" + SecretHasher.randomSecret(32))));
        return new WorkspaceFixture(copy.vendor(), copy.slug(), copy.externalId(), copy.name(), copy.plan(),
                copy.apiAccess(), copy.billingLimited(), copy.createdAt(), copy.settings(), copy.accounts(),
                copy.credentials(), copy.rooms(), copy.contacts(), copy.tickets(), sections);
    }

    private static JsonNode renew(JsonNode list, java.util.function.Consumer<ObjectNode> change) {
        JsonNode copy = list.deepCopy();
        for (JsonNode entry : copy) {
            if (entry instanceof ObjectNode object) {
                change.accept(object);
            }
        }
        return copy;
    }
}
