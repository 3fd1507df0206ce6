package dev.teamgate.teamfluence;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Five requests per second per personal key by default; the clock is frozen, never slept on. */
class RateLimitServerTest extends TeamfluenceServerTest {

    static final String THROTTLED = "{\"detail\":\"Request was throttled. Expected available in 1 second.\"}";

    private ValidatableResponse posts(String key, String profile) {
        return given().header("Authorization", "Bearer " + key).get(API + profile + "/posts").then();
    }

    @Test
    void theSixthRequestWithinASecondIsA429UntilTheSecondIsOver() {
        for (int i = 0; i < 5; i++) {
            posts(STEVEN_KEY, STEVEN).statusCode(200);
        }
        posts(STEVEN_KEY, STEVEN)
                .statusCode(429).contentType("application/json")
                .header("Retry-After", "1")
                .body(equalTo(THROTTLED));

        clock.advance(Duration.ofMillis(999));
        posts(STEVEN_KEY, STEVEN).statusCode(429).header("Retry-After", "1");
        clock.advance(Duration.ofMillis(1));
        posts(STEVEN_KEY, STEVEN).statusCode(200);
    }

    @Test
    void eachPersonalKeyHasItsOwnAllowance() {
        for (int i = 0; i < 5; i++) {
            posts(STEVEN_KEY, STEVEN).statusCode(200);
        }
        posts(STEVEN_KEY, STEVEN).statusCode(429);
        posts(JAN_KEY, JAN).statusCode(200);
    }

    @Test
    void everyEndpointDrawsFromTheSameAllowance() {
        for (int i = 0; i < 5; i++) {
            given().header("Authorization", "Bearer " + STEVEN_KEY)
                    .get(API + STEVEN + "/activity/" + POST_1 + "/leads").then().statusCode(200);
        }
        posts(STEVEN_KEY, STEVEN).statusCode(429).body(equalTo(THROTTLED));
    }

    @Test
    void refusedCredentialsDoNotUseUpTheAllowance() {
        for (int i = 0; i < 10; i++) {
            posts(STEVEN_KEY, JAN).statusCode(401);
        }
        posts(STEVEN_KEY, STEVEN).statusCode(200);
    }
}
