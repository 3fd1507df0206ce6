package dev.teamgate.talktome;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** /api/do-not-disturb: the flag in the domain and in person-info, its default, and the refusals. */
class DoNotDisturbServerTest extends TalkToMeServerTest {

    static final String JANE_ID = "K2M7R0QF4ZB8C1D5E6H9J3L4NP";

    @Test
    void withoutDndTheFlagIsSet() {
        asCompany().queryParam("accountEmail", JANE).get("/talktome/api/do-not-disturb")
                .then().statusCode(200).contentType(ContentType.JSON).body(equalTo(contract("changes-saved.json")));
        assertThat(stored(COMPANY, JANE_ID).isDoNotDisturb()).isTrue();
        asCompany().queryParam("email", JANE).get("/talktome/api/person-info")
                .then().body("onlineState", equalTo("DO_NOT_DISTURB")).body("available", equalTo(true));
    }

    @Test
    void dndFalseClearsItAgain() {
        asCompany().queryParam("accountEmail", JANE).queryParam("dnd", "true").post("/talktome/api/do-not-disturb")
                .then().statusCode(200);
        asCompany().queryParam("accountEmail", JANE).queryParam("dnd", "false").post("/talktome/api/do-not-disturb")
                .then().statusCode(200).body(equalTo(contract("changes-saved.json")));
        assertThat(stored(COMPANY, JANE_ID).isDoNotDisturb()).isFalse();
        asCompany().queryParam("email", JANE).get("/talktome/api/person-info").then().body("onlineState", equalTo("ONLINE"));
    }

    @Test
    void dndTakesTheUsualSpellingsOfABoolean() {
        asCompany().queryParam("accountEmail", JANE).queryParam("dnd", "1").get("/talktome/api/do-not-disturb")
                .then().statusCode(200);
        assertThat(stored(COMPANY, JANE_ID).isDoNotDisturb()).isTrue();
        asCompany().queryParam("accountEmail", JANE).queryParam("dnd", "FALSE").get("/talktome/api/do-not-disturb")
                .then().statusCode(200);
        assertThat(stored(COMPANY, JANE_ID).isDoNotDisturb()).isFalse();
        // a JSON boolean
        given().contentType(ContentType.JSON)
                .body("{\"companyId\":\"" + COMPANY + "\",\"key\":\"" + KEY + "\",\"accountEmail\":\"" + JANE + "\",\"dnd\":true}")
                .post("/talktome/api/do-not-disturb").then().statusCode(200);
        assertThat(stored(COMPANY, JANE_ID).isDoNotDisturb()).isTrue();
    }

    @Test
    void anyOtherDndIs400AndChangesNothing() {
        asCompany().queryParam("accountEmail", JANE).queryParam("dnd", "maybe").get("/talktome/api/do-not-disturb")
                .then().statusCode(400)
                .body(equalTo("{\"success\":false,\"error\":true,\"message\":\"The parameter dnd must be true or false.\"}"));
        assertThat(stored(COMPANY, JANE_ID).isDoNotDisturb()).isFalse();
    }

    @Test
    void theRefusalsOfTheAccountRules() {
        asCompany().get("/talktome/api/do-not-disturb")
                .then().statusCode(400).body("message", equalTo("The parameter accountEmail must be filled."));
        given().queryParam("companyId", COMPANY).queryParam("accountEmail", JANE).get("/talktome/api/do-not-disturb")
                .then().statusCode(401);
        given().queryParam("companyId", COMPANY).queryParam("key", OTHER_KEY).queryParam("accountEmail", JANE)
                .get("/talktome/api/do-not-disturb").then().statusCode(403);
        asCompany().queryParam("accountEmail", "nobody@nowhere.example").get("/talktome/api/do-not-disturb")
                .then().statusCode(404);
        asCompany().queryParam("accountEmail", OLGA_OTHER).get("/talktome/api/do-not-disturb")
                .then().statusCode(403).body("message", equalTo("The account does not belong to your company."));
        asCompany().queryParam("accountEmail", MARK_LOCKED).get("/talktome/api/do-not-disturb")
                .then().statusCode(403).body("message", equalTo("The account is locked."));
        assertThat(stored(COMPANY, JANE_ID).isDoNotDisturb()).isFalse();
        assertThat(stored(OTHER_COMPANY, "OLGA5T2Y8U1I4O7P0A3S6D9F2G").isDoNotDisturb()).isFalse();
        assertThat(stored(COMPANY, "LOCK3D9X2V7B4N1M8Q5W6E0R3T").isDoNotDisturb()).isFalse();
    }

    @Test
    void theMd5CompanyCanSetItToo() {
        given().queryParam("companyId", MD5_COMPANY).header("Authorization", "Bearer " + MD5_KEY)
                .queryParam("accountEmail", "lena.legacy@legacy-gmbh.example")
                .post("/talktome/api/do-not-disturb").then().statusCode(200);
        assertThat(stored(MD5_COMPANY, "LENA4R7T1Y9U3I6O2P8A5S0D4F").isDoNotDisturb()).isTrue();
    }
}
