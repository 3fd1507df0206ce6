package dev.teamgate.commflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.teamgate.domain.fixture.WorkspaceFixture;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** A copy's apps and webhooks get secrets of their own; the template's sections stay as they were. */
class CommFlowWorkspaceCopyTest {

    private final ObjectMapper json = JsonMapper.builder().build();

    @Test
    void renewsAppClientIdsAndSecretsAndWebhookSecrets() {
        String apps = "[{\"clientId\":\"cf_client_demo\",\"clientSecretHash\":\"h\",\"secretDisplayPrefix\":\"cf_secret_ab\"}]";
        String hooks = "[{\"url\":\"http://127.0.0.1/hook\",\"secret\":\"whsec_template\"}]";
        WorkspaceFixture template = new WorkspaceFixture("commflow", "my-workspace-t1", "ws_1", "My workspace", null,
                null, null, null, Map.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                Map.of("oauthApps", json.readTree(apps), "webhooks", json.readTree(hooks)));

        WorkspaceFixture copy = new CommFlowWorkspaceCopy().adjust(template, "t1");

        JsonNode app = copy.sections().get("oauthApps").get(0);
        assertThat(app.path("clientId").asString()).isEqualTo("cf_client_demo-t1");
        assertThat(app.path("clientSecret").asString()).startsWith("cf_secret_").hasSizeGreaterThan(30);
        assertThat(app.has("clientSecretHash")).isFalse();
        assertThat(app.has("secretDisplayPrefix")).isFalse();
        JsonNode hook = copy.sections().get("webhooks").get(0);
        assertThat(hook.path("secret").asString()).startsWith("whsec_").isNotEqualTo("whsec_template");
        assertThat(hook.path("url").asString()).isEqualTo("http://127.0.0.1/hook");
        assertThat(template.sections().get("oauthApps").toString()).isEqualTo(apps);
        assertThat(template.sections().get("webhooks").toString()).isEqualTo(hooks);
    }
}
