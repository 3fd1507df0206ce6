package dev.teamgate.platform.firewall;

import static org.assertj.core.api.Assertions.assertThat;

import dev.teamgate.support.RawHttp;
import dev.teamgate.support.SandboxSettings;
import dev.teamgate.support.ServerTest;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Paths are decided once, on the decoded and normalised path, and every spelling that could be
 * read two ways is refused before the control-plane lock and the gateway see it.
 */
@SandboxSettings
class RequestFirewallServerTest extends ServerTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "/%5Fadmin/requests", "/_%61dmin/requests", "/_admin;x/requests", "/%5F%61dmin/credentials",
            "/_admin%2Frequests", "/x/../_admin/requests", "/_admin/./requests", "//_admin/requests",
            "/%2e%2e/_admin/requests", "/_admin/requests;x"})
    void noSpellingOfTheControlPlaneGetsPastTheTokenLock(String path) throws IOException {
        RawHttp.Answer answer = RawHttp.get(port, path);

        assertThat(answer.status()).as(path).isIn(400, 401);
        assertThat(answer.header("Content-Type")).as(path).startsWith("application/problem+json");
        assertThat(answer.body()).as(path).doesNotContain("\"entries\"").contains("\"status\":" + answer.status());
    }

    @Test
    void anEncodedControlPlanePrefixIsABadRequestInProblemShape() throws IOException {
        RawHttp.Answer answer = RawHttp.send(port, "POST /%5Fadmin/reset HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Length: 0\r\nConnection: close\r\n\r\n");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("\"title\":\"Bad Request\"")
                .contains("\"detail\":\"The first path segment must not be percent-encoded\"");
    }

    @Test
    void anEncodedVendorPrefixIsRefusedInTheVendorsShapeInsteadOfSkippingTheGateway() throws IOException {
        RawHttp.Answer answer = RawHttp.send(port, "POST /%63ommflow/oauth/token HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Length: 0\r\nConnection: close\r\n\r\n");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).startsWith("{\"error\":{").contains("\"type\":\"invalid_request_error\"");
    }

    @Test
    void pathParametersOnAVendorPathAreRefusedInTheVendorsShape() throws IOException {
        RawHttp.Answer answer = RawHttp.get(port, "/testvendor;x/public/ping");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).isEqualTo("{\"failure\":{\"kind\":\"BAD_REQUEST\","
                + "\"message\":\"Path parameters (;) are not allowed\",\"param\":null}}");
    }

    @Test
    void plainPathsAndEncodedCharactersInLaterSegmentsStillPass() throws IOException {
        assertThat(RawHttp.get(port, "/testvendor/public/ping").status()).isEqualTo(200);
        assertThat(RawHttp.get(port, "/_admin/health", "Authorization: Bearer let-me-in").status()).isEqualTo(200);
        assertThat(RawHttp.get(port, "/testvendor/public/p%69ng").status()).isEqualTo(200);
    }
}
