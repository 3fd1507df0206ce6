package dev.teamgate.admin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dev.teamgate.support.ServerTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** Out-of-range rate-limit changes are refused with a 400 and leave the vendor working. */
class RateLimitControlInputServerTest extends ServerTest {

    static final String ANN = "Bearer tv_alpha_ann_key";

    @Test
    void aPeriodTooLongForTheBucketIsA400AndLaterCallsStillWork() {
        given().contentType(ContentType.JSON).body("{\"enabled\":true,\"capacity\":5,\"period\":\"P9999999999D\"}")
                .put("/_admin/rate-limits/testvendor")
                .then().statusCode(400).contentType("application/problem+json").body("param", equalTo("period"));

        given().header("Authorization", ANN).get("/testvendor/me").then().statusCode(200);
        given().get("/_admin/rate-limits").then().statusCode(200);
    }

    @Test
    void anAbsurdCapacityIsA400() {
        given().contentType(ContentType.JSON)
                .body("{\"enabled\":true,\"capacity\":9223372036854775807,\"period\":\"PT1S\"}")
                .put("/_admin/rate-limits/testvendor")
                .then().statusCode(400).contentType("application/problem+json").body("param", equalTo("capacity"));
        given().header("Authorization", ANN).get("/testvendor/me").then().statusCode(200);
    }
}
