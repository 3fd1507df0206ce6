package dev.teamgate.admin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.teamgate.support.ServerTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

class ClockAndRateLimitControlServerTest extends ServerTest {

    static final String ANN = "Bearer tv_alpha_ann_key";

    @Test
    void theClockCanBeFrozenMovedAndReleased() {
        given().contentType(ContentType.JSON).body("{\"frozenAt\":\"2026-01-15T10:30:00Z\"}").put("/_admin/clock")
                .then().statusCode(200).body("now", equalTo("2026-01-15T10:30:00Z")).body("frozen", equalTo(true));
        given().contentType(ContentType.JSON).body("{\"advance\":\"PT1H30M\"}").put("/_admin/clock")
                .then().statusCode(200).body("now", equalTo("2026-01-15T12:00:00Z"));
        given().get("/_admin/clock").then().body("now", equalTo("2026-01-15T12:00:00Z"));
        given().delete("/_admin/clock").then().statusCode(200).body("frozen", equalTo(false));
    }

    @Test
    void badClockInputIsAProblem() {
        given().contentType(ContentType.JSON).body("{}").put("/_admin/clock")
                .then().statusCode(400).contentType("application/problem+json").body("param", equalTo("frozenAt"));
        given().contentType(ContentType.JSON).body("{\"frozenAt\":\"tomorrow\"}").put("/_admin/clock")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{\"advance\":\"soon\"}").put("/_admin/clock")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void theFrozenClockDrivesRateLimitWindows() {
        given().contentType(ContentType.JSON).body("{\"frozenAt\":\"2026-01-15T10:00:00Z\"}").put("/_admin/clock");
        for (int i = 0; i < 5; i++) {
            given().header("Authorization", ANN).get("/testvendor/me").then().statusCode(200);
        }
        given().header("Authorization", ANN).get("/testvendor/me").then().statusCode(429);
        given().contentType(ContentType.JSON).body("{\"advance\":\"PT1H\"}").put("/_admin/clock");
        given().header("Authorization", ANN).get("/testvendor/me").then().statusCode(200);
    }

    @Test
    void policiesAndLiveBucketsAreListed() {
        given().header("Authorization", ANN).get("/testvendor/me").then().statusCode(200);
        given().get("/_admin/rate-limits")
                .then().statusCode(200)
                .body("find { it.vendor == 'testvendor' }.enabled", equalTo(true))
                .body("find { it.vendor == 'testvendor' }.capacity", equalTo(5))
                .body("find { it.vendor == 'testvendor' }.period", equalTo("PT1H"))
                .body("find { it.vendor == 'testvendor' }.buckets", hasSize(1))
                .body("find { it.vendor == 'testvendor' }.buckets[0].available", equalTo(4))
                .body("find { it.vendor == 'testvendor' }.buckets[0].capacity", equalTo(5));
    }

    @Test
    void exhaustGivesThe429AtOnceAndResetRefills() {
        given().header("Authorization", ANN).get("/testvendor/me").then().statusCode(200);
        String key = given().get("/_admin/rate-limits").then()
                .extract().path("find { it.vendor == 'testvendor' }.buckets[0].key");
        given().post("/_admin/rate-limits/testvendor/exhaust?key=" + key)
                .then().statusCode(200).body("buckets.available", contains(0));
        given().header("Authorization", ANN).get("/testvendor/me")
                .then().statusCode(429).body("failure.kind", equalTo("RATE_LIMITED"));
        given().post("/_admin/rate-limits/testvendor/reset").then().statusCode(200).body("buckets", hasSize(0));
        given().header("Authorization", ANN).get("/testvendor/me").then().statusCode(200);
    }

    @Test
    void aPolicyCanBeChangedAtRunTime() {
        given().contentType(ContentType.JSON).body("{\"enabled\":true,\"capacity\":1,\"period\":\"PT10M\"}")
                .put("/_admin/rate-limits/testvendor")
                .then().statusCode(200).body("capacity", equalTo(1)).body("period", equalTo("PT10M"));
        given().header("Authorization", ANN).get("/testvendor/me").then().statusCode(200);
        given().header("Authorization", ANN).get("/testvendor/me").then().statusCode(429).header("Retry-After", "600");
        given().contentType(ContentType.JSON).body("{\"enabled\":false,\"capacity\":1,\"period\":\"PT10M\"}")
                .put("/_admin/rate-limits/testvendor").then().statusCode(200);
        given().header("Authorization", ANN).get("/testvendor/me").then().statusCode(200);
    }

    @Test
    void badRateLimitInputIsAProblem() {
        given().post("/_admin/rate-limits/nosuchvendor/reset").then().statusCode(404).contentType("application/problem+json");
        given().post("/_admin/rate-limits/testvendor/exhaust?key=credential:0").then().statusCode(404);
        given().contentType(ContentType.JSON).body("{\"enabled\":true,\"capacity\":0,\"period\":\"PT1M\"}")
                .put("/_admin/rate-limits/testvendor").then().statusCode(400).contentType("application/problem+json");
        // a field left out keeps its current value (issue 17: the schema marks every field optional)
        String period = given().get("/_admin/rate-limits").then().extract().path("find { it.vendor == 'testvendor' }.period");
        given().contentType(ContentType.JSON).body("{\"enabled\":true,\"capacity\":3}")
                .put("/_admin/rate-limits/testvendor").then().statusCode(200).body("period", org.hamcrest.Matchers.equalTo(period));
    }
}
