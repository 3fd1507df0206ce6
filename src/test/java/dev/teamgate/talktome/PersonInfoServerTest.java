package dev.teamgate.talktome;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** /api/person-info: public lookup by talkToMe id, company lookup by email, derived availability. */
class PersonInfoServerTest extends TalkToMeServerTest {

    @Test
    void theDocsExampleByTalkToMeIdNeedsNoAuthenticationAndHidesTheEmail() {
        given().queryParam("talkToMeId", PAUL_ID).get("/talktome/api/person-info")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body(equalTo(contract("person-info-paul-public.json")));
    }

    @Test
    void byEmailWithCompanyAuthenticationShowsTheEmail() {
        asCompany().queryParam("email", PAUL).get("/talktome/api/person-info")
                .then().statusCode(200).body(equalTo(contract("person-info-paul-by-email.json")));
        asCompany().queryParam("email", JANE).get("/talktome/api/person-info")
                .then().statusCode(200).body(equalTo(contract("person-info-jane-by-email.json")));
    }

    @Test
    void talkToMeIdWinsOverEmailAndIgnoresAnyKey() {
        given().queryParam("talkToMeId", PAUL_ID).queryParam("email", JANE).queryParam("companyId", COMPANY)
                .queryParam("key", "wrong").get("/talktome/api/person-info")
                .then().statusCode(200).body(equalTo(contract("person-info-paul-public.json")));
    }

    @Test
    void byEmailWithoutAKeyIs401() {
        given().queryParam("email", PAUL).queryParam("companyId", COMPANY).get("/talktome/api/person-info")
                .then().statusCode(401).body("error", equalTo(true));
    }

    @Test
    void byEmailWithAWrongKeyIs403() {
        given().queryParam("email", PAUL).queryParam("companyId", COMPANY).queryParam("key", KEY_AUG_09)
                .get("/talktome/api/person-info").then().statusCode(403)
                .body("message", equalTo("Invalid authentication: the key does not match the company."));
    }

    @Test
    void neitherIdNorEmailIs400ForTheId() {
        asCompany().get("/talktome/api/person-info")
                .then().statusCode(400)
                .body(equalTo("{\"success\":false,\"error\":true,\"message\":\"The parameter talkToMeId must be filled.\"}"));
    }

    @Test
    void anUnknownIdOrAddressIs404() {
        given().queryParam("talkToMeId", "NOSUCHID").get("/talktome/api/person-info")
                .then().statusCode(404)
                .body(equalTo("{\"success\":false,\"error\":true,\"message\":\"No account was found for the talkToMeId NOSUCHID.\"}"));
        asCompany().queryParam("email", "nobody@nowhere.example").get("/talktome/api/person-info")
                .then().statusCode(404)
                .body("message", equalTo("No account was found for the email address nobody@nowhere.example."));
    }

    @Test
    void anAccountOfAnotherCompanyByEmailIs403() {
        asCompany().queryParam("email", OLGA_OTHER).get("/talktome/api/person-info")
                .then().statusCode(403)
                .body(equalTo("{\"success\":false,\"error\":true,\"message\":\"The account does not belong to your company.\"}"));
        // while the other company itself may read it
        given().queryParam("companyId", OTHER_COMPANY).queryParam("key", OTHER_KEY).queryParam("email", OLGA_OTHER)
                .get("/talktome/api/person-info").then().statusCode(200)
                .body("companyName", equalTo("Other Corp.")).body("email", equalTo(OLGA_OTHER));
    }

    @Test
    void aLockedAccountIsShownButNeverAvailable() {
        asCompany().queryParam("email", MARK_LOCKED).get("/talktome/api/person-info")
                .then().statusCode(200)
                .body("name", equalTo("Mark Stone"))
                .body("available", equalTo(false))
                .body("awayInfo", equalTo(""))
                .body("onlineState", equalTo("OFFLINE"));
    }

    @Test
    void availabilityFollowsTheClockThroughTheAbsence() {
        // before: the absence is announced
        clock.freeze(Instant.parse("2023-07-31T23:59:59Z"));
        given().queryParam("talkToMeId", PAUL_ID).get("/talktome/api/person-info")
                .then().body("available", equalTo(true))
                .body("awayInfo", equalTo("Away from 08/01/2023 until 08/20/2023."));
        // first day, both bounds inclusive
        clock.freeze(Instant.parse("2023-08-01T00:00:00Z"));
        given().queryParam("talkToMeId", PAUL_ID).get("/talktome/api/person-info")
                .then().body("available", equalTo(false)).body("awayInfo", equalTo("Away until 08/20/2023."));
        clock.freeze(Instant.parse("2023-08-20T23:59:59Z"));
        given().queryParam("talkToMeId", PAUL_ID).get("/talktome/api/person-info")
                .then().body("available", equalTo(false));
        // after: available, nothing to say, the dates stay as stored
        clock.freeze(Instant.parse("2023-08-21T00:00:00Z"));
        given().queryParam("talkToMeId", PAUL_ID).get("/talktome/api/person-info")
                .then().body("available", equalTo(true)).body("awayInfo", equalTo(""))
                .body("awayFrom", equalTo("2023-08-01")).body("awayUntil", equalTo("2023-08-20"));
    }

    @Test
    void theAnswerIsJsonWhateverTheClientAccepts() {
        given().accept("text/html").queryParam("talkToMeId", PAUL_ID).get("/talktome/api/person-info")
                .then().statusCode(200).contentType(ContentType.JSON).body("name", equalTo("Paul Doe"));
    }
}
