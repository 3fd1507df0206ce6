package dev.teamgate.talktome;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** /api/is-account: the three documented answers and the errors. */
class IsAccountServerTest extends TalkToMeServerTest {

    @Test
    void anAccountOfYourCompanyExistsAndShowsItsVerification() {
        asCompany().queryParam("email", PAUL).get("/talktome/api/is-account")
                .then().statusCode(200).contentType(ContentType.JSON).body(equalTo(contract("is-account-own-company.json")));
    }

    @Test
    void addressesMatchWhateverTheirCase() {
        asCompany().queryParam("email", "Paul.Doe@Company-Ltd.example").get("/talktome/api/is-account")
                .then().statusCode(200).body(equalTo(contract("is-account-own-company.json")));
    }

    @Test
    void aNeverActivatedAccountIsNotVerified() {
        asCompany().queryParam("email", NINA_DEACTIVATED).get("/talktome/api/is-account")
                .then().statusCode(200)
                .body(equalTo("{\"success\":true,\"error\":false,\"exists\":true,\"verified\":false}"));
    }

    @Test
    void aLockedAccountStillExistsAndIsVerified() {
        asCompany().queryParam("email", MARK_LOCKED).get("/talktome/api/is-account")
                .then().statusCode(200).body(equalTo(contract("is-account-own-company.json")));
    }

    @Test
    void anAccountOfAnotherCompanyExistsWithoutVerification() {
        asCompany().queryParam("email", OLGA_OTHER).get("/talktome/api/is-account")
                .then().statusCode(200).body(equalTo(contract("is-account-other-company.json")));
    }

    @Test
    void anUnknownAddressDoesNotExist() {
        asCompany().queryParam("email", "nobody@nowhere.example").get("/talktome/api/is-account")
                .then().statusCode(200).body(equalTo(contract("is-account-unknown.json")));
    }

    @Test
    void accountsOfOtherVendorsDoNotCount() {
        // the test vendor's seed has ann@alpha.test; talk-to-me must not see other vendors' people
        asCompany().queryParam("email", "ann@alpha.test").get("/talktome/api/is-account")
                .then().statusCode(200).body(equalTo(contract("is-account-unknown.json")));
    }

    @Test
    void aMissingEmailIs400() {
        asCompany().get("/talktome/api/is-account")
                .then().statusCode(400)
                .body(equalTo("{\"success\":false,\"error\":true,\"message\":\"The parameter email must be filled.\"}"));
        asCompany().queryParam("email", "").get("/talktome/api/is-account")
                .then().statusCode(400).body("message", equalTo("The parameter email must be filled."));
    }

    @Test
    void nothingAtAllIs401() {
        given().get("/talktome/api/is-account").then().statusCode(401).body("success", equalTo(false));
    }
}
