package dev.teamgate.flowdock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.teamgate.domain.fixture.CredentialFixture;
import dev.teamgate.domain.fixture.WorkspaceFixture;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** A copy's sources follow their renewed flow tokens; its applications get ids and secrets of their own. */
class FlowdockWorkspaceCopyTest {

    private final ObjectMapper json = JsonMapper.builder().build();

    @Test
    void pointsSourcesAtRenewedTokensAndRenewsApplications() {
        CredentialFixture renewed = new CredentialFixture("ROOM_TOKEN", null, "main", "CI", "renewed-token", null, null,
                null, null, "source", null, null, null);
        CredentialFixture otherFlow = new CredentialFixture("ROOM_TOKEN", null, "other", "CI", "other-token", null, null,
                null, null, "source", null, null, null);
        WorkspaceFixture template = new WorkspaceFixture("flowdock", "acme-t1", "1", "Acme", null, null, null, null,
                Map.of(), List.of(), List.of(otherFlow, renewed), List.of(), List.of(), List.of(), Map.of(
                        "integrationSources", json.readTree("[{\"room\":\"main\",\"name\":\"CI\",\"tokenHash\":\"h\"},"
                                + "{\"room\":\"main\",\"name\":\"Unmatched\",\"tokenHash\":\"h2\"}]"),
                        "oauthApps", json.readTree("[{\"clientId\":\"abc\",\"clientSecretHash\":\"h\"}]")));

        WorkspaceFixture copy = new FlowdockWorkspaceCopy().adjust(template, "t1");

        assertThat(copy.sections().get("integrationSources").toString()).isEqualTo(
                "[{\"room\":\"main\",\"name\":\"CI\",\"token\":\"renewed-token\"},"
                        + "{\"room\":\"main\",\"name\":\"Unmatched\",\"tokenHash\":\"h2\"}]");
        JsonNode app = copy.sections().get("oauthApps").get(0);
        assertThat(app.path("clientId").asString()).isEqualTo("abc-t1");
        assertThat(app.path("clientSecret").asString()).hasSize(40);
        assertThat(app.has("clientSecretHash")).isFalse();
    }
}
