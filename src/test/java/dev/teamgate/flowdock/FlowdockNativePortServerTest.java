package dev.teamgate.flowdock;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.teamgate.platform.nativeport.NativePorts;
import io.restassured.http.ContentType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Flowdock at the root of its own port, as clients that only swap the host need it (node-flowdock
 * with FLOWDOCK_API_URL), with the REST rate limit switched on to show it is configurable.
 */
@TestPropertySource(properties = {
        "teamgate.flowdock.native-port=0",
        "teamgate.flowdock.rate-limit.enabled=true",
        "teamgate.flowdock.rate-limit.capacity=5",
        "teamgate.flowdock.rate-limit.period=1h"})
class FlowdockNativePortServerTest extends FlowdockServerTest {

    @Autowired
    NativePorts nativePorts;

    int nativePort() {
        return nativePorts.actualPort("flowdock");
    }

    @Test
    void theRestApiAnswersAtTheRootWithLinksToTheNativePort() {
        as(MIKE).port(nativePort()).get("/flows/acme/my-flow").then().statusCode(200)
                .header("Flowdock-User", "2")
                .body("url", equalTo("http://localhost:" + nativePort() + "/flows/acme/my-flow"));
        as(MIKE).port(nativePort()).get("/v1/flows").then().statusCode(200);
        as(MIKE).port(nativePort()).contentType(ContentType.JSON).body("{\"event\":\"message\",\"content\":\"Hi all!\"}")
                .post("/flows/organization/main/messages").then().statusCode(202);
        given().port(nativePort()).get("/flows").then().statusCode(401)
                .body(equalTo("{\"message\":\"Authentication required\"}"));
    }

    @Test
    void theStreamAnswersAtTheRootOfTheNativePortToo() throws IOException {
        HttpURLConnection stream = (HttpURLConnection) URI.create("http://localhost:" + nativePort()
                + "/stream/flows?filter=acme/my-flow").toURL().openConnection();
        stream.setReadTimeout(15_000);
        stream.setRequestProperty("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((MIKE + ":").getBytes(StandardCharsets.UTF_8)));
        try {
            assertThat(stream.getResponseCode()).isEqualTo(200);
            BufferedReader reader = new BufferedReader(new InputStreamReader(stream.getInputStream(), StandardCharsets.UTF_8));
            as(JOE).contentType(ContentType.JSON).body("{\"event\":\"message\",\"content\":\"native\"}")
                    .post("/flowdock/flows/acme/my-flow/messages").then().statusCode(202);
            String line;
            do {
                line = reader.readLine();
                assertThat(line).isNotNull();
            } while (line.isBlank());
            assertThat(line).contains("\"content\":\"native\"");
        } finally {
            stream.disconnect();
        }
    }

    @Test
    void whenEnabledTheRateLimitAnswers429InFlowdocksShape() {
        clock.freeze(clock.instant()); // Retry-After counts from the bucket's start: no time may pass
        for (int i = 0; i < 5; i++) {
            as(JOE).get("/flowdock/flows").then().statusCode(200);
        }
        as(JOE).get("/flowdock/flows").then().statusCode(429)
                .header("Retry-After", "3600")
                .body(equalTo("{\"message\":\"Rate limit exceeded\"}"));
        // buckets are per credential
        as(MIKE).get("/flowdock/flows").then().statusCode(200);
    }
}
