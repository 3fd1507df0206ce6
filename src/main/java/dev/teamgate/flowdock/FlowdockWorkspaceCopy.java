package dev.teamgate.flowdock;

import dev.teamgate.domain.fixture.CredentialFixture;
import dev.teamgate.domain.fixture.FixtureJson;
import dev.teamgate.domain.fixture.WorkspaceFixture;
import dev.teamgate.domain.oauth.OAuthAppsFixtureSection;
import dev.teamgate.platform.seed.WorkspaceCopyHook;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.node.ObjectNode;

/**
 * A copied Flowdock organization keeps its sources working: each source refers to its flow_token
 * credential by token, and the copy renewed every token, so each source is pointed at the renewed
 * token of the same flow and name. Its OAuth applications get client ids of their own (client ids
 * are global, so they are suffixed with the copy's tag) and new secrets.
 */
class FlowdockWorkspaceCopy implements WorkspaceCopyHook {

    @Override
    public WorkspaceFixture adjust(WorkspaceFixture copy, String tag) {
        return copy
                .withSection("integrationSources", sources -> FixtureJson.changedEntries(sources,
                        source -> pointAtRenewedToken(source, copy.credentials())))
                .withSection(OAuthAppsFixtureSection.NAME, apps -> OAuthAppsFixtureSection.renewedForCopy(apps, tag, ""));
    }

    private static void pointAtRenewedToken(ObjectNode source, List<CredentialFixture> credentials) {
        credentials.stream()
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
