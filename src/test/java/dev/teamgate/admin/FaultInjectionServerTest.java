package dev.teamgate.admin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.teamgate.support.ServerTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FaultInjectionServerTest extends ServerTest {

    static final String ANN = "Bearer tv_alpha_ann_key";

    private String addFault(String json) {
        return given().contentType(ContentType.JSON).body(json).put("/_admin/faults")
                .then().statusCode(201).extract().path("rule.id");
    }

    @Test
    void aStatusFaultAnswersInTheVendorShapeForTheNextNRequestsOnly() {
        String id = addFault("{\"vendor\":\"testvendor\",\"method\":\"GET\",\"path\":\"/testvendor/rooms/*/messages\","
                + "\"times\":2,\"status\":503,\"message\":\"Service down for the test\"}");
        for (int i = 0; i < 2; i++) {
            given().header("Authorization", ANN).get("/testvendor/rooms/general/messages")
                    .then().statusCode(503)
                    .body(equalTo("{\"failure\":{\"kind\":\"INTERNAL\",\"message\":\"Service down for the test\",\"param\":null}}"));
        }
        given().header("Authorization", ANN).get("/testvendor/rooms/general/messages").then().statusCode(200);
        given().get("/_admin/faults").then().body("[0].rule.id", equalTo(id)).body("[0].remaining", equalTo(0));
        given().get("/_admin/requests?vendor=testvendor")
                .then().body("requests.fault", contains(null, id, id)).body("requests.status", contains(200, 503, 503));
    }

    @Test
    void faultsApplyBeforeAuthenticationAndOnlyWhereTheyMatch() {
        addFault("{\"vendor\":\"testvendor\",\"method\":\"POST\",\"status\":429}");
        given().get("/testvendor/public/ping").then().statusCode(200);
        given().contentType(ContentType.JSON).body("{\"content\":\"x\"}").post("/testvendor/rooms/general/messages")
                .then().statusCode(429).body("failure.kind", equalTo("RATE_LIMITED"));
    }

    @Test
    void aDelayFaultLetsTheRequestThroughAfterwards() {
        addFault("{\"path\":\"/testvendor/public/ping\",\"delay\":\"PT0.05S\",\"times\":1}");
        given().get("/testvendor/public/ping").then().statusCode(200).body("answer", equalTo("pong"));
        given().get("/_admin/requests").then().body("requests[0].fault", equalTo("fault-1")).body("requests[0].status", equalTo(200));
    }

    @Test
    void aDropFaultClosesTheConnectionWithoutAnAnswer() throws IOException {
        addFault("{\"path\":\"/testvendor/public/**\",\"drop\":true,\"times\":1}");
        // A raw socket, because HTTP clients quietly retry an idempotent GET on a dropped connection.
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET /testvendor/public/ping HTTP/1.1\r\nHost: localhost\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            assertThat(socket.getInputStream().readAllBytes()).as("bytes answered before the close").isEmpty();
        }
        given().get("/testvendor/public/ping").then().statusCode(200);
        given().get("/_admin/requests?status=0").then().body("requests", hasSize(1));
    }

    @Test
    void resetAndDeleteRemoveRules() {
        String id = addFault("{\"vendor\":\"testvendor\",\"status\":500}");
        given().delete("/_admin/faults/" + id).then().statusCode(204);
        given().delete("/_admin/faults/" + id).then().statusCode(404).contentType("application/problem+json");
        addFault("{\"vendor\":\"testvendor\",\"status\":500}");
        given().post("/_admin/reset").then().statusCode(200);
        given().get("/_admin/faults").then().body("", hasSize(0));
        addFault("{\"vendor\":\"testvendor\",\"status\":500}");
        given().delete("/_admin/faults").then().statusCode(204);
        assertThat(given().get("/testvendor/public/ping").statusCode()).isEqualTo(200);
    }

    @Test
    void badRulesAreProblems() {
        given().contentType(ContentType.JSON).body("{\"vendor\":\"testvendor\"}").put("/_admin/faults")
                .then().statusCode(400).contentType("application/problem+json").body("param", equalTo("delay"));
        given().contentType(ContentType.JSON).body("{\"status\":200}").put("/_admin/faults")
                .then().statusCode(400).body("param", equalTo("status"));
        given().contentType(ContentType.JSON).body("{\"status\":500,\"drop\":true}").put("/_admin/faults")
                .then().statusCode(400).body("param", equalTo("drop"));
        given().contentType(ContentType.JSON).body("{\"status\":500,\"probability\":2}").put("/_admin/faults")
                .then().statusCode(400).body("param", equalTo("probability"));
        given().contentType(ContentType.JSON).body("{\"delay\":\"PT1H\"}").put("/_admin/faults")
                .then().statusCode(400).body("param", equalTo("delay"));
        given().contentType(ContentType.JSON).body("{\"status\":\"x\"}").put("/_admin/faults")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
