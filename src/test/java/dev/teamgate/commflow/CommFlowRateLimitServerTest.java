package dev.teamgate.commflow;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** CommFlow limits by default, per workspace plan and mode, in one-minute windows on the Teamgate clock. */
class CommFlowRateLimitServerTest extends CommFlowServerTest {

    /** NOW + 60 s, in epoch seconds. */
    static final String RESET = "1769947260";

    @Test
    void everyResponseCarriesTheHeadersOfThePlan() {
        as(LIVE).get("/commflow/v1/me").then().statusCode(200)
                .header("X-RateLimit-Limit", "300")
                .header("X-RateLimit-Remaining", "299")
                .header("X-RateLimit-Reset", RESET);
        as(STARTER).get("/commflow/v1/me").then().header("X-RateLimit-Limit", "60").header("X-RateLimit-Remaining", "59");
        as(BUSINESS).get("/commflow/v1/me").then().header("X-RateLimit-Limit", "1000").header("X-RateLimit-Remaining", "999");
        // Errors count and carry the headers too.
        as(LIVE).get("/commflow/v1/tickets/ticket_nope").then().statusCode(404)
                .header("X-RateLimit-Limit", "300").header("X-RateLimit-Remaining", "298");
    }

    @Test
    void afterTheLimitA429WithRetryAfterUntilTheMinuteEnds() {
        for (int i = 0; i < 60; i++) {
            as(STARTER).get("/commflow/v1/me").then().statusCode(200);
        }
        as(STARTER).get("/commflow/v1/me").then().statusCode(429)
                .header("Retry-After", "60")
                .header("X-RateLimit-Limit", "60")
                .header("X-RateLimit-Remaining", "0")
                .header("X-RateLimit-Reset", RESET)
                .body(equalTo(error("rate_limit_error", "rate_limit_exceeded",
                        "Too many requests. Retry after 60 seconds.", null)));

        clock.advance(Duration.ofSeconds(59));
        as(STARTER).get("/commflow/v1/me").then().statusCode(429).header("Retry-After", "1")
                .body("error.message", equalTo("Too many requests. Retry after 1 second."));
        clock.advance(Duration.ofSeconds(1));
        as(STARTER).get("/commflow/v1/me").then().statusCode(200)
                .header("X-RateLimit-Remaining", "59")
                .header("X-RateLimit-Reset", "1769947320");
    }

    @Test
    void aRefusedRequestChangesNothing() {
        for (int i = 0; i < 60; i++) {
            as(STARTER).get("/commflow/v1/me");
        }
        asJson(STARTER, "{\"email\":\"late@starter.example\"}").post("/commflow/v1/contacts").then().statusCode(429);
        clock.advance(Duration.ofMinutes(1));
        as(STARTER).get("/commflow/v1/contacts").then().statusCode(200).body("meta.total_count", equalTo(0));
    }

    @Test
    void keysOfOneWorkspaceShareABucketButTestAndLiveModeDoNot() {
        as(LIVE).get("/commflow/v1/me").then().header("X-RateLimit-Remaining", "299");
        as("sk_live_xxxxx").get("/commflow/v1/me").then().header("X-RateLimit-Remaining", "298");
        as(READ_ONLY).get("/commflow/v1/me").then().header("X-RateLimit-Remaining", "297");
        as(TEST).get("/commflow/v1/me").then().header("X-RateLimit-Remaining", "299");

        for (int i = 0; i < 60; i++) {
            as(STARTER).get("/commflow/v1/me");
        }
        as(STARTER).get("/commflow/v1/me").then().statusCode(429);
        as("sk_test_teamgate_starter").get("/commflow/v1/me").then().statusCode(200).header("X-RateLimit-Remaining", "59");
        as(BUSINESS).get("/commflow/v1/me").then().statusCode(200);
    }

    @Test
    void resetRefillsTheBuckets() {
        for (int i = 0; i < 61; i++) {
            as(STARTER).get("/commflow/v1/me");
        }
        given().post("/_admin/reset").then().statusCode(200);
        as(STARTER).get("/commflow/v1/me").then().statusCode(200).header("X-RateLimit-Remaining", "59");
    }
}
