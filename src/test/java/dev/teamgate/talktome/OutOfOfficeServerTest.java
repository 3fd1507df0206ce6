package dev.teamgate.talktome;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.teamgate.domain.account.Account;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** /api/out-of-office: what is stored, what is cleared, and what is refused without a change. */
class OutOfOfficeServerTest extends TalkToMeServerTest {

    static final String JANE_ID = "K2M7R0QF4ZB8C1D5E6H9J3L4NP";

    @Test
    void setsTheAbsenceAndAColleagueAsReplacement() {
        asCompany().queryParam("accountEmail", JANE).queryParam("awayFrom", "2023-08-10")
                .queryParam("awayUntil", "2023-08-14").queryParam("substitution", PAUL)
                .get("/talktome/api/out-of-office")
                .then().statusCode(200).contentType(ContentType.JSON).body(equalTo(contract("changes-saved.json")));

        Account jane = stored(COMPANY, JANE_ID);
        assertThat(jane.getAwayFrom()).isEqualTo(LocalDate.of(2023, 8, 10));
        assertThat(jane.getAwayUntil()).isEqualTo(LocalDate.of(2023, 8, 14));
        // the replacement is kept by its talkToMe id, however the caller named it
        assertThat(jane.getSubstitution()).isEqualTo(PAUL_ID);
        asCompany().queryParam("email", JANE).get("/talktome/api/person-info")
                .then().body("available", equalTo(false))
                .body("awayInfo", equalTo("Away until 08/14/2023."))
                .body("awayFrom", equalTo("2023-08-10"))
                .body("awayUntil", equalTo("2023-08-14"))
                .body("substitution", equalTo(PAUL_ID));
    }

    @Test
    void theReplacementMayBeNamedByTalkToMeId() {
        asCompany().queryParam("accountEmail", JANE).queryParam("substitution", PAUL_ID)
                .post("/talktome/api/out-of-office").then().statusCode(200);
        assertThat(stored(COMPANY, JANE_ID).getSubstitution()).isEqualTo(PAUL_ID);
    }

    @Test
    void theChannelWinsOverTheAccount() {
        asCompany().queryParam("accountEmail", PAUL).queryParam("awayFrom", "2023-09-01")
                .queryParam("awayUntil", "2023-09-10").queryParam("substitution", JANE)
                .queryParam("substitutionChannel", CHANNEL)
                .get("/talktome/api/out-of-office").then().statusCode(200);

        assertThat(stored(COMPANY, PAUL_ID).getSubstitution()).isEqualTo("channel:" + CHANNEL);
        given().queryParam("talkToMeId", PAUL_ID).get("/talktome/api/person-info")
                .then().body("substitution", equalTo(CHANNEL))
                .body("available", equalTo(true))
                .body("awayInfo", equalTo("Away from 09/01/2023 until 09/10/2023."));
    }

    @Test
    void theChannelWinsEvenOverAnUnknownAccount() {
        // the substitution parameter is overwritten, so it is not even looked at
        asCompany().queryParam("accountEmail", PAUL).queryParam("substitution", "nobody@nowhere.example")
                .queryParam("substitutionChannel", CHANNEL)
                .get("/talktome/api/out-of-office").then().statusCode(200);
        assertThat(stored(COMPANY, PAUL_ID).getSubstitution()).isEqualTo("channel:" + CHANNEL);
    }

    @Test
    void missingParametersClearTheFields() {
        // Paul's seeded absence and a replacement first
        asCompany().queryParam("accountEmail", PAUL).queryParam("awayFrom", "2023-08-01")
                .queryParam("awayUntil", "2023-08-20").queryParam("substitution", JANE)
                .get("/talktome/api/out-of-office").then().statusCode(200);

        asCompany().queryParam("accountEmail", PAUL).get("/talktome/api/out-of-office")
                .then().statusCode(200).body(equalTo(contract("changes-saved.json")));

        Account paul = stored(COMPANY, PAUL_ID);
        assertThat(paul.getAwayFrom()).isNull();
        assertThat(paul.getAwayUntil()).isNull();
        assertThat(paul.getSubstitution()).isNull();
        given().queryParam("talkToMeId", PAUL_ID).get("/talktome/api/person-info")
                .then().body("available", equalTo(true)).body("awayInfo", equalTo(""))
                .body("awayFrom", equalTo(null)).body("awayUntil", equalTo(null)).body("substitution", equalTo(""));
    }

    @Test
    void anOpenEndedAbsenceIsAllowed() {
        asCompany().queryParam("accountEmail", JANE).queryParam("awayFrom", "2023-08-09")
                .get("/talktome/api/out-of-office").then().statusCode(200);
        assertThat(stored(COMPANY, JANE_ID).getAwayUntil()).isNull();
        asCompany().queryParam("email", JANE).get("/talktome/api/person-info")
                .then().body("available", equalTo(false)).body("awayInfo", equalTo("Away."));
    }

    @Test
    void aSingleDayAbsenceIsAllowed() {
        asCompany().queryParam("accountEmail", JANE).queryParam("awayFrom", "2023-08-10")
                .queryParam("awayUntil", "2023-08-10").get("/talktome/api/out-of-office").then().statusCode(200);
        assertThat(stored(COMPANY, JANE_ID).getAwayUntil()).isEqualTo(LocalDate.of(2023, 8, 10));
    }

    @Test
    void badDatesAre400AndChangeNothing() {
        for (String bad : new String[] {"08/01/2023", "2023-8-1", "2023-02-30", "tomorrow", "2023-08-01T00:00:00"}) {
            asCompany().queryParam("accountEmail", PAUL).queryParam("awayFrom", bad)
                    .get("/talktome/api/out-of-office")
                    .then().statusCode(400)
                    .body(equalTo("{\"success\":false,\"error\":true,\"message\":\"The parameter awayFrom must be a "
                            + "date in the format YYYY-MM-DD.\"}"));
        }
        asCompany().queryParam("accountEmail", PAUL).queryParam("awayUntil", "20.08.2023")
                .get("/talktome/api/out-of-office")
                .then().statusCode(400).body("message", equalTo("The parameter awayUntil must be a date in the format YYYY-MM-DD."));
        assertSeededAbsenceOfPaul();
    }

    @Test
    void anEndBeforeTheStartIs400AndChangesNothing() {
        asCompany().queryParam("accountEmail", PAUL).queryParam("awayFrom", "2023-08-20")
                .queryParam("awayUntil", "2023-08-19").get("/talktome/api/out-of-office")
                .then().statusCode(400)
                .body(equalTo("{\"success\":false,\"error\":true,\"message\":\"The parameter awayUntil must not be before awayFrom.\"}"));
        assertSeededAbsenceOfPaul();
    }

    @Test
    void aMissingAccountEmailIs400() {
        asCompany().queryParam("awayFrom", "2023-08-20").get("/talktome/api/out-of-office")
                .then().statusCode(400)
                .body(equalTo("{\"success\":false,\"error\":true,\"message\":\"The parameter accountEmail must be filled.\"}"));
    }

    @Test
    void withoutAKeyIs401AndWithAWrongOneIs403() {
        given().queryParam("companyId", COMPANY).queryParam("accountEmail", PAUL).get("/talktome/api/out-of-office")
                .then().statusCode(401);
        given().queryParam("companyId", COMPANY).queryParam("key", KEY_AUG_09).queryParam("accountEmail", PAUL)
                .get("/talktome/api/out-of-office").then().statusCode(403);
        assertSeededAbsenceOfPaul();
    }

    @Test
    void anUnknownAccountIs404() {
        asCompany().queryParam("accountEmail", "nobody@nowhere.example").get("/talktome/api/out-of-office")
                .then().statusCode(404)
                .body(equalTo("{\"success\":false,\"error\":true,\"message\":\"No account was found for the email "
                        + "address nobody@nowhere.example.\"}"));
    }

    @Test
    void anAccountOfAnotherCompanyIs403AndUnchanged() {
        asCompany().queryParam("accountEmail", OLGA_OTHER).queryParam("awayFrom", "2023-08-10")
                .get("/talktome/api/out-of-office")
                .then().statusCode(403)
                .body(equalTo("{\"success\":false,\"error\":true,\"message\":\"The account does not belong to your company.\"}"));
        assertThat(stored(OTHER_COMPANY, "OLGA5T2Y8U1I4O7P0A3S6D9F2G").getAwayFrom()).isNull();
    }

    @Test
    void aLockedAccountIs403AndUnchanged() {
        asCompany().queryParam("accountEmail", MARK_LOCKED).queryParam("awayFrom", "2023-08-10")
                .get("/talktome/api/out-of-office")
                .then().statusCode(403)
                .body(equalTo("{\"success\":false,\"error\":true,\"message\":\"The account is locked.\"}"));
        assertThat(stored(COMPANY, "LOCK3D9X2V7B4N1M8Q5W6E0R3T").getAwayFrom()).isNull();
    }

    @Test
    void aDeactivatedAccountIs403() {
        asCompany().queryParam("accountEmail", NINA_DEACTIVATED).get("/talktome/api/out-of-office")
                .then().statusCode(403).body("message", equalTo("The account is not active."));
    }

    @Test
    void anUnknownReplacementIs404AndChangesNothing() {
        asCompany().queryParam("accountEmail", PAUL).queryParam("substitution", "nobody@nowhere.example")
                .get("/talktome/api/out-of-office")
                .then().statusCode(404)
                .body("message", equalTo("No account of your company was found for the substitution nobody@nowhere.example."));
        // a colleague from another company is no replacement either
        asCompany().queryParam("accountEmail", PAUL).queryParam("substitution", OLGA_OTHER)
                .get("/talktome/api/out-of-office").then().statusCode(404);
        asCompany().queryParam("accountEmail", PAUL).queryParam("substitutionChannel", "NOSUCHCHANNEL")
                .get("/talktome/api/out-of-office")
                .then().statusCode(404)
                .body("message", equalTo("No channel was found for the substitutionChannel NOSUCHCHANNEL."));
        assertSeededAbsenceOfPaul();
    }

    @Test
    void hugeValuesAreRefusedOrNotFoundButNeverA500() {
        String huge = "x".repeat(5000);
        asCompany().queryParam("accountEmail", PAUL).queryParam("substitution", huge)
                .post("/talktome/api/out-of-office").then().statusCode(404);
        asCompany().queryParam("accountEmail", PAUL).queryParam("substitutionChannel", huge)
                .post("/talktome/api/out-of-office").then().statusCode(404);
        given().contentType(ContentType.JSON)
                .body("{\"companyId\":\"" + COMPANY + "\",\"key\":\"" + KEY + "\",\"accountEmail\":\"" + huge + "\"}")
                .post("/talktome/api/out-of-office").then().statusCode(404);
        assertSeededAbsenceOfPaul();
    }

    private void assertSeededAbsenceOfPaul() {
        Account paul = stored(COMPANY, PAUL_ID);
        assertThat(paul.getAwayFrom()).isEqualTo(LocalDate.of(2023, 8, 1));
        assertThat(paul.getAwayUntil()).isEqualTo(LocalDate.of(2023, 8, 20));
        assertThat(paul.getSubstitution()).isNull();
    }
}
