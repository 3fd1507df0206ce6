package dev.teamgate.admin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.teamgate.support.ServerTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a full reset, a kept-workspaces reset and an exhaust do to the state around the database. */
class ResetSemanticsServerTest extends ServerTest {

    static final String ANN = "Bearer tv_alpha_ann_key";

    @Test
    void aFullResetReturnsTheClockToRealTimeAndClearsFaultRules() {
        given().contentType(ContentType.JSON).body("{\"frozenAt\":\"2020-01-15T10:30:00Z\"}").put("/_admin/clock")
                .then().statusCode(200).body("frozen", equalTo(true));
        given().contentType(ContentType.JSON).body("{\"vendor\":\"testvendor\",\"status\":503}").put("/_admin/faults")
                .then().statusCode(201);
        given().header("Authorization", ANN).get("/testvendor/me").then().statusCode(503);

        given().post("/_admin/reset").then().statusCode(200).body("reset", equalTo("all"));

        given().get("/_admin/clock").then().body("frozen", equalTo(false));
        assertThat(given().get("/_admin/clock").then().extract().jsonPath().getString("now")).doesNotStartWith("2020-");
        given().get("/_admin/faults").then().statusCode(200).body("$", hasSize(0));
        given().header("Authorization", ANN).get("/testvendor/me").then().statusCode(200);
        // numbering starts again, as after a fresh start
        given().contentType(ContentType.JSON).body("{\"vendor\":\"testvendor\",\"status\":503}").put("/_admin/faults")
                .then().statusCode(201).body("rule.id", equalTo("fault-1"));
    }

    @Test
    void exhaustingAVendorWithNoLiveBucketRefusesTheNextCallUntilTheWindowEnds() {
        given().get("/_admin/rate-limits").then().body("find { it.vendor == 'testvendor' }.buckets", hasSize(0));

        given().post("/_admin/rate-limits/testvendor/exhaust").then().statusCode(200);

        given().header("Authorization", ANN).get("/testvendor/me")
                .then().statusCode(429).body("failure.kind", equalTo("RATE_LIMITED"));
        given().header("Authorization", "Bearer tv_beta_bea_key").get("/testvendor/me").then().statusCode(429);
        clock.advance(java.time.Duration.ofHours(1));
        given().header("Authorization", ANN).get("/testvendor/me").then().statusCode(200);
    }

    @Test
    void aRefillOrAResetLiftsAVendorWideExhaust() {
        given().post("/_admin/rate-limits/testvendor/exhaust").then().statusCode(200);
        given().post("/_admin/rate-limits/testvendor/reset").then().statusCode(200);
        given().header("Authorization", ANN).get("/testvendor/me").then().statusCode(200);

        given().post("/_admin/rate-limits/testvendor/exhaust").then().statusCode(200);
        given().post("/_admin/reset").then().statusCode(200);
        given().header("Authorization", ANN).get("/testvendor/me").then().statusCode(200);
    }

    @Test
    void keepWorkspacesKeepsEveryCreatedWorkspaceAsItIsAndAPlainResetRemovesThem() {
        JsonPath created = given().contentType(ContentType.JSON).body("{\"vendor\":\"testvendor\"}")
                .post("/_admin/workspaces").then().statusCode(201).extract().jsonPath();
        String workspace = created.getString("workspace");
        String key = created.getString("credentials.find { it.account == 'ann' }.secret");
        given().contentType(ContentType.JSON).body("{\"content\":\"kept through the reset\"}")
                .header("Authorization", "Bearer " + key).post("/testvendor/rooms/general/messages")
                .then().statusCode(201);
        String before = given().get("/_admin/fixtures?workspace=" + workspace).then().statusCode(200).extract().asString();

        given().post("/_admin/reset?keepWorkspaces=true").then().statusCode(200);

        assertThat(given().get("/_admin/fixtures?workspace=" + workspace).then().statusCode(200).extract().asString())
                .isEqualTo(before).contains("kept through the reset");
        given().header("Authorization", "Bearer " + key).get("/testvendor/me").then().statusCode(200);

        given().post("/_admin/reset").then().statusCode(200);

        given().get("/_admin/fixtures?workspace=" + workspace).then().statusCode(404);
        given().header("Authorization", "Bearer " + key).get("/testvendor/me").then().statusCode(401);
    }

    @Test
    void aCreatedWorkspaceResetsToTheStateItWasCreatedInAndNewRowsGetFreshIds() {
        JsonPath created = given().contentType(ContentType.JSON).body("{\"vendor\":\"testvendor\"}")
                .post("/_admin/workspaces").then().statusCode(201).extract().jsonPath();
        String workspace = created.getString("workspace");
        String key = "Bearer " + created.getString("credentials.find { it.account == 'ann' }.secret");
        String asCreated = given().get("/_admin/fixtures?workspace=" + workspace).then().extract().asString();
        for (int i = 0; i < 3; i++) {
            given().contentType(ContentType.JSON).body(Map.of("content", "written " + i)).header("Authorization", key)
                    .post("/testvendor/rooms/general/messages").then().statusCode(201);
            given().post("/_admin/reset?workspace=" + workspace).then().statusCode(200).body("reset", equalTo(workspace));
            assertThat(given().get("/_admin/fixtures?workspace=" + workspace).then().extract().asString()).isEqualTo(asCreated);
        }
        // The restored rows keep their ids; identity counters were never behind them, so new rows do not clash.
        for (int i = 0; i < 3; i++) {
            given().post("/_admin/reset").then().statusCode(200);
            given().contentType(ContentType.JSON).body("{\"content\":\"after a reset\"}").header("Authorization", ANN)
                    .post("/testvendor/rooms/general/messages").then().statusCode(201);
            given().contentType(ContentType.JSON).body("{\"vendor\":\"testvendor\"}").post("/_admin/workspaces")
                    .then().statusCode(201);
        }
    }
}
