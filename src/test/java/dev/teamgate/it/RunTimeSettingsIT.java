package dev.teamgate.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Settings given only on the command line take effect in the packaged jar: the admin token guards
 * the control plane and every vendor has its OpenAPI group.
 * With Spring AOT (.ci/run runs this against {@code -Dspring.aot.enabled=true}) bean definitions are
 * fixed at build time, so each of these must be decided at run time, not in a bean condition.
 */
class RunTimeSettingsIT {

    static final String FLOWDOCK = "Basic ZGVhZGJlZWZkZWFkYmVlZjo="; // deadbeefdeadbeef:
    static final String MESSAGES = "/flowdock/flows/acme/my-flow/messages?limit=3";

    /**
     * One process for both checks (each start costs 10-15 s of CI, twice with the AOT pass). The
     * control plane open by default is proved by every other process test, which drives it
     * without a token.
     */
    @Test
    void aTokenSetAtRunTimeGuardsTheControlPlaneAndEveryVendorHasItsOpenApiGroup() throws Exception {
        Path log = Files.createTempFile("teamgate-settings-it", ".log");
        try (TeamgateProcess teamgate = TeamgateProcess.start(log,
                "--teamgate.admin.token=secret")) {
            assertThat(teamgate.get("/_admin/health").statusCode()).isEqualTo(401);
            assertThat(teamgate.get("/_admin/health", "Bearer wrong").statusCode()).isEqualTo(401);
            assertThat(teamgate.get("/_admin/health", "Bearer secret").statusCode()).isEqualTo(200);
            assertThat(teamgate.get(MESSAGES, FLOWDOCK).statusCode()).isEqualTo(200);

            HttpResponse<String> groups = teamgate.get("/v3/api-docs/swagger-config");
            assertThat(groups.statusCode()).isEqualTo(200);
            for (String group : new String[] {"admin", "commflow", "flowdock", "stackfield", "talktome", "teamfluence"}) {
                assertThat(groups.body()).contains("\"/v3/api-docs/" + group + "\"");
                HttpResponse<String> docs = teamgate.get("/v3/api-docs/" + group);
                assertThat(docs.statusCode()).as(group).isEqualTo(200);
                assertThat(docs.body()).as(group).contains("\"paths\"");
            }
            assertThat(teamgate.get("/v3/api-docs/flowdock").body()).contains("\"title\":\"Flowdock (Teamgate emulation)\"");
        }
    }
}
