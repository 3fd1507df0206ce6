package dev.teamgate.flowdock;

import dev.teamgate.domain.fixture.CredentialFixture;
import dev.teamgate.domain.fixture.WorkspaceFixture;
import dev.teamgate.domain.oauth.OAuthAppsFixtureSection;
import dev.teamgate.platform.seed.WorkspaceCopyHook;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A copied Flowdock organization keeps its sources working: each source refers to its flow_token
 * credential by token, and the copy renewed every token, so each source is pointed at the renewed
 * token of the same flow and name. Its OAuth applications get client ids of their own (client ids
 * are global, so they are suffixed with the copy's tag) and new secrets.
 */
@Component
class FlowdockWorkspaceCopy implements WorkspaceCopyHook {

    @Override
    public String vendor() {
        return FlowdockConfiguration.KEY;
    }

    @Override
    public WorkspaceFixture adjust(WorkspaceFixture copy, String tag) {
        Map<String, JsonNode> sections = new TreeMap<>(copy.sections());
        sections.computeIfPresent("integrationSources", (name, sources) -> {
            JsonNode renewed = sources.deepCopy();
            for (JsonNode entry : renewed) {
                if (entry instanceof ObjectNode source) {
                    copy.credentials().stream()
                            .filter(c -> "ROOM_TOKEN".equals(c.kind()) && "source".equals(c.binding())
                                    && Objects.equals(c.room(), source.path("room").asString())
                                    && Objects.equals(c.label(), source.path("name").asString()))
                            .map(CredentialFixture::secret).filter(Objects::nonNull).findFirst()
                            .ifPresent(token -> {
                                source.put("token", token);
                                source.remove("tokenHash");
                            });
                }
            }
            return renewed;
        });
        sections.computeIfPresent("oauthApps", (name, apps) -> OAuthAppsFixtureSection.renewedForCopy(apps, tag, ""));
        return new WorkspaceFixture(copy.vendor(), copy.slug(), copy.externalId(), copy.name(), copy.plan(),
                copy.apiAccess(), copy.billingLimited(), copy.createdAt(), copy.settings(), copy.accounts(),
                copy.credentials(), copy.rooms(), copy.contacts(), copy.tickets(), sections);
    }
}
