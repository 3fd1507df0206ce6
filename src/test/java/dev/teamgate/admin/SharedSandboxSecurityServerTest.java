package dev.teamgate.admin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.teamgate.support.SandboxSettings;
import dev.teamgate.support.ServerTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** A shared deployment: an admin token, a request size limit and metrics. */
@SandboxSettings
class SharedSandboxSecurityServerTest extends ServerTest {

    static final String ANN = "Bearer tv_alpha_ann_key";

    @Test
    void theControlPlaneNeedsTheToken() {
        given().get("/_admin/health")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer realm=\"teamgate-admin\"")
                .body("status", equalTo(401));
        given().header("Authorization", "Bearer wrong").post("/_admin/reset").then().statusCode(401);
        given().header("Authorization", "Bearer let-me-in").get("/_admin/health").then().statusCode(200);
        given().header("X-Teamgate-Admin-Token", "let-me-in").get("/_admin/requests").then().statusCode(200);
    }

    @Test
    void vendorsDoNotNeedTheAdminToken() {
        given().get("/testvendor/public/ping").then().statusCode(200);
    }

    @Test
    void anAnnouncedBodyOverTheLimitIsRefusedInTheVendorShape() {
        given().header("Authorization", ANN).contentType(ContentType.JSON)
                .body("{\"content\":\"" + "x".repeat(4000) + "\"}")
                .post("/testvendor/rooms/general/messages")
                .then().statusCode(413)
                .body("failure.kind", equalTo("PAYLOAD_TOO_LARGE"))
                .body("failure.message", equalTo("The request body is larger than 3072 bytes"));
    }

    @Test
    void aChunkedBodyOverTheLimitIsRefusedToo() {
        byte[] big = ("{\"content\":\"" + "y".repeat(5000) + "\"}").getBytes();
        given().header("Authorization", ANN).contentType(ContentType.JSON)
                .body(new java.io.ByteArrayInputStream(big))
                .post("/testvendor/rooms/general/messages")
                .then().statusCode(413).body("failure.kind", equalTo("PAYLOAD_TOO_LARGE"));
        given().header("Authorization", ANN).get("/testvendor/rooms/general/messages")
                .then().body("content", org.hamcrest.Matchers.contains("hello", "hi ann"));
    }

    @Test
    void prometheusShowsRequestsPerVendorAndStatusAndTheJournalSize() {
        given().get("/testvendor/public/ping").then().statusCode(200);
        given().get("/testvendor/me").then().statusCode(401);
        given().get("/actuator/prometheus")
                .then().statusCode(200)
                .body(containsString("teamgate_requests_seconds_count{method=\"GET\",status=\"200\",vendor=\"testvendor\"}"))
                .body(containsString("teamgate_requests_seconds_count{method=\"GET\",status=\"401\",vendor=\"testvendor\"}"))
                .body(containsString("teamgate_journal_size"));
    }
}
