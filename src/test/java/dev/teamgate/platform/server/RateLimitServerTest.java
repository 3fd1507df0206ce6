package dev.teamgate.platform.server;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dev.teamgate.support.ServerTest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RateLimitServerTest extends ServerTest {

    static final String ANN = "Bearer tv_alpha_ann_key";

    @BeforeEach
    void freezeTime() {
        clock.freeze(Instant.parse("2026-06-01T08:00:00Z"));
    }

    @Test
    void theRequestAfterTheLimitIsA429InTheVendorShapeUntilTheWindowEnds() {
        for (int remaining = 4; remaining >= 0; remaining--) {
            given().header("Authorization", ANN).get("/testvendor/me")
                    .then().statusCode(200).header("X-Test-Remaining", String.valueOf(remaining));
        }
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
        useTheWholeAllowance();
        given().header("Authorization", ANN).get("/testvendor/me").then().statusCode(429);
        given().header("Authorization", "Bearer tv_beta_bea_key").get("/testvendor/me").then().statusCode(200);
    }

    @Test
    void resetRefillsTheBuckets() {
        useTheWholeAllowance();
        given().header("Authorization", ANN).get("/testvendor/me").then().statusCode(429);
        given().post("/_admin/reset").then().statusCode(200);
        given().header("Authorization", ANN).get("/testvendor/me").then().statusCode(200).header("X-Test-Remaining", "4");
    }

    /** The test vendor's configured limit in the server tests is five calls an hour per key. */
    private static void useTheWholeAllowance() {
        for (int i = 0; i < 5; i++) {
            given().header("Authorization", ANN).get("/testvendor/me").then().statusCode(200);
        }
    }
}
