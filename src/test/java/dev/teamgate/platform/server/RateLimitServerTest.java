package dev.teamgate.platform.server;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dev.teamgate.support.ServerTest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

@TestPropertySource(properties = {
        "teamgate.testvendor.rate-limit.enabled=true",
        "teamgate.testvendor.rate-limit.capacity=2",
        "teamgate.testvendor.rate-limit.period=1h"})
class RateLimitServerTest extends ServerTest {

    static final String ANN = "Bearer tv_alpha_ann_key";

    @BeforeEach
    void freezeTime() {
        clock.freeze(Instant.parse("2026-06-01T08:00:00Z"));
    }

    @Test
    void theRequestAfterTheLimitIsA429InTheVendorShapeUntilTheWindowEnds() {
        given().header("Authorization", ANN).get("/testvendor/me").then().statusCode(200).header("X-Test-Remaining", "1");
        given().header("Authorization", ANN).get("/testvendor/me").then().statusCode(200).header("X-Test-Remaining", "0");
        given().header("Authorization", ANN).get("/testvendor/me")
                .then().statusCode(429)
                .header("Retry-After", "3600")
                .header("X-Test-Remaining", "0")
                .body(equalTo("{\"failure\":{\"kind\":\"RATE_LIMITED\",\"message\":\"Rate limit exceeded\",\"param\":null}}"));

        clock.advance(Duration.ofMinutes(59));
        given().header("Authorization", ANN).get("/testvendor/me").then().statusCode(429).header("Retry-After", "60");
        clock.advance(Duration.ofMinutes(1));
        given().header("Authorization", ANN).get("/testvendor/me").then().statusCode(200);
    }

    @Test
    void eachCredentialHasItsOwnBucket() {
        given().header("Authorization", ANN).get("/testvendor/me");
        given().header("Authorization", ANN).get("/testvendor/me");
        given().header("Authorization", ANN).get("/testvendor/me").then().statusCode(429);
        given().header("Authorization", "Bearer tv_beta_bea_key").get("/testvendor/me").then().statusCode(200);
    }

    @Test
    void resetRefillsTheBuckets() {
        given().header("Authorization", ANN).get("/testvendor/me");
        given().header("Authorization", ANN).get("/testvendor/me");
        given().post("/_admin/reset").then().statusCode(200);
        given().header("Authorization", ANN).get("/testvendor/me").then().statusCode(200);
    }
}
