package dev.teamgate.talktome;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dev.teamgate.domain.credential.CredentialKind;
import dev.teamgate.domain.credential.CredentialRepository;
import dev.teamgate.domain.credential.CredentialService;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** companyId + key: where the key may travel, which keys pass, and how refusals look. */
class CompanyAuthenticationServerTest extends TalkToMeServerTest {

    @Autowired
    CredentialService credentials;

    @Autowired
    CredentialRepository credentialRepository;

    static final String OWN_VERIFIED = "{\"success\":true,\"error\":false,\"exists\":true,\"verified\":true}";
    static final String INVALID_KEY =
            "{\"success\":false,\"error\":true,\"message\":\"Invalid authentication: the key does not match the company.\"}";

    @Test
    void todaysKeyAsQueryParameterPasses() {
        asCompany().queryParam("email", PAUL).get("/talktome/api/is-account")
                .then().statusCode(200).contentType(ContentType.JSON).body(equalTo(OWN_VERIFIED));
    }

    @Test
    void theKeyMayComeInTheAuthorizationHeaderRawOrAsBearer() {
        given().header("Authorization", KEY).queryParam("companyId", COMPANY).queryParam("email", PAUL)
                .get("/talktome/api/is-account").then().statusCode(200).body(equalTo(OWN_VERIFIED));
        given().header("Authorization", "Bearer " + KEY).queryParam("companyId", COMPANY).queryParam("email", PAUL)
                .get("/talktome/api/is-account").then().statusCode(200).body(equalTo(OWN_VERIFIED));
    }

    @Test
    void theKeyParameterWinsOverTheHeader() {
        // a stale header does not spoil a correct parameter, and a correct header does not rescue a wrong parameter
        given().header("Authorization", "Bearer stale").queryParam("companyId", COMPANY).queryParam("key", KEY)
                .queryParam("email", PAUL).get("/talktome/api/is-account").then().statusCode(200);
        given().header("Authorization", KEY).queryParam("companyId", COMPANY).queryParam("key", "wrong")
                .queryParam("email", PAUL).get("/talktome/api/is-account").then().statusCode(403);
    }

    @Test
    void theKeyMayComeInAFormOrJsonBody() {
        given().formParam("companyId", COMPANY).formParam("key", KEY).formParam("email", PAUL)
                .post("/talktome/api/is-account").then().statusCode(200).body(equalTo(OWN_VERIFIED));
        given().contentType(ContentType.JSON)
                .body("{\"companyId\":\"" + COMPANY + "\",\"key\":\"" + KEY + "\",\"email\":\"" + PAUL + "\"}")
                .post("/talktome/api/is-account").then().statusCode(200).body(equalTo(OWN_VERIFIED));
    }

    @Test
    void noKeyAtAllIs401() {
        given().queryParam("companyId", COMPANY).queryParam("email", PAUL).get("/talktome/api/is-account")
                .then().statusCode(401).contentType(ContentType.JSON)
                .body(equalTo("{\"success\":false,\"error\":true,\"message\":\"Authentication required: send "
                        + "companyId and key (parameter or Authorization header).\"}"));
        // blank values count as missing, as an empty Bearer does
        given().queryParam("companyId", COMPANY).queryParam("key", " ").header("Authorization", "Bearer ")
                .queryParam("email", PAUL).get("/talktome/api/is-account").then().statusCode(401);
    }

    @Test
    void aKeyWithoutCompanyIdIsAMissingParameter() {
        given().queryParam("key", KEY).queryParam("email", PAUL).get("/talktome/api/is-account")
                .then().statusCode(400)
                .body(equalTo("{\"success\":false,\"error\":true,\"message\":\"The parameter companyId must be filled.\"}"));
    }

    @Test
    void wrongKeysAre403() {
        given().queryParam("companyId", COMPANY).queryParam("key", "0".repeat(64)).queryParam("email", PAUL)
                .get("/talktome/api/is-account").then().statusCode(403).body(equalTo(INVALID_KEY));
        // the vendor documents lowercase hex; an uppercased key is a different string
        given().queryParam("companyId", COMPANY).queryParam("key", KEY.toUpperCase()).queryParam("email", PAUL)
                .get("/talktome/api/is-account").then().statusCode(403).body(equalTo(INVALID_KEY));
        // another company's valid key does not open this company
        given().queryParam("companyId", COMPANY).queryParam("key", OTHER_KEY).queryParam("email", PAUL)
                .get("/talktome/api/is-account").then().statusCode(403).body(equalTo(INVALID_KEY));
        // the secret itself is not a key unless teamgate.talktome.accept-secret-as-key is on
        given().queryParam("companyId", COMPANY).queryParam("key", SECRET).queryParam("email", PAUL)
                .get("/talktome/api/is-account").then().statusCode(403).body(equalTo(INVALID_KEY));
    }

    @Test
    void anUnknownCompanyIs403NotAHintThatItDoesNotExist() {
        given().queryParam("companyId", "NOSUCHCOMPANY").queryParam("key", KEY).queryParam("email", PAUL)
                .get("/talktome/api/is-account").then().statusCode(403).body(equalTo(INVALID_KEY));
    }

    @Test
    void anMd5CompanyTakesAnMd5Key() {
        given().queryParam("companyId", MD5_COMPANY).queryParam("key", MD5_KEY)
                .queryParam("email", "lena.legacy@legacy-gmbh.example")
                .get("/talktome/api/is-account").then().statusCode(200).body(equalTo(OWN_VERIFIED));
        // the SHA-256 formula with the same inputs is not this company's key
        given().queryParam("companyId", MD5_COMPANY)
                .queryParam("key", AccessKeys.compute(HashAlgorithm.SHA_256, "legacy-gmbh-demo-secret", MD5_COMPANY,
                        1691625600L))
                .queryParam("email", "lena.legacy@legacy-gmbh.example")
                .get("/talktome/api/is-account").then().statusCode(403);
    }

    @Test
    void theKeyChangesAtMidnightUtc() {
        clock.freeze(Instant.parse("2023-08-10T23:59:59Z"));
        asCompany().queryParam("email", PAUL).get("/talktome/api/is-account").then().statusCode(200);
        given().queryParam("companyId", COMPANY).queryParam("key", KEY_AUG_11).queryParam("email", PAUL)
                .get("/talktome/api/is-account").then().statusCode(403);

        clock.advance(Duration.ofSeconds(1));
        // 2023-08-11T00:00:00Z: yesterday's key stops working at once (tolerance 0 by default)
        asCompany().queryParam("email", PAUL).get("/talktome/api/is-account").then().statusCode(403);
        given().queryParam("companyId", COMPANY).queryParam("key", KEY_AUG_11).queryParam("email", PAUL)
                .get("/talktome/api/is-account").then().statusCode(200);
    }

    @Test
    void theEuropeBerlinKeyOfTheCurrentDayPassesByDefaultButNotItsNeighbours() {
        // 2023-08-10 in Berlin as in UTC: both midnights' keys pass, other Berlin days do not
        given().queryParam("companyId", COMPANY).queryParam("key", ConfiguredTalkToMeServerTest.BERLIN_AUG_10)
                .queryParam("email", PAUL).get("/talktome/api/is-account").then().statusCode(200);
        asCompany().queryParam("email", PAUL).get("/talktome/api/is-account").then().statusCode(200);
        given().queryParam("companyId", COMPANY).queryParam("key", ConfiguredTalkToMeServerTest.BERLIN_AUG_09)
                .queryParam("email", PAUL).get("/talktome/api/is-account").then().statusCode(403);
        given().queryParam("companyId", COMPANY).queryParam("key", ConfiguredTalkToMeServerTest.BERLIN_AUG_11)
                .queryParam("email", PAUL).get("/talktome/api/is-account").then().statusCode(403);
    }

    @Test
    void afterBerlinMidnightBerlinsNewDayPassesBeforeUtcsDoes() {
        clock.freeze(Instant.parse("2023-08-10T22:30:00Z")); // 00:30 on Aug 11 in Berlin, still Aug 10 in UTC
        given().queryParam("companyId", COMPANY).queryParam("key", ConfiguredTalkToMeServerTest.BERLIN_AUG_11)
                .queryParam("email", PAUL).get("/talktome/api/is-account").then().statusCode(200);
        asCompany().queryParam("email", PAUL).get("/talktome/api/is-account").then().statusCode(200);
        given().queryParam("companyId", COMPANY).queryParam("key", ConfiguredTalkToMeServerTest.BERLIN_AUG_10)
                .queryParam("email", PAUL).get("/talktome/api/is-account").then().statusCode(403);
    }

    @Test
    void aKeyOfAnotherDayIsRefusedWithoutTolerance() {
        given().queryParam("companyId", COMPANY).queryParam("key", KEY_AUG_09).queryParam("email", PAUL)
                .get("/talktome/api/is-account").then().statusCode(403);
    }

    @Test
    void aRevokedSecretNoLongerAuthenticates() {
        var company = workspaces.findByVendorAndExternalId("talktome", COMPANY).orElseThrow();
        credentials.revoke(credentialRepository.findByWorkspaceAndKindOrderById(company, CredentialKind.SHARED_SECRET)
                .get(0).getId());
        asCompany().queryParam("email", PAUL).get("/talktome/api/is-account").then().statusCode(403);
    }

    @Test
    void aCompanyWithoutApiAccessIs403() {
        var company = workspaces.findByVendorAndExternalId("talktome", COMPANY).orElseThrow();
        company.setApiAccess(false);
        workspaces.save(company);
        asCompany().queryParam("email", PAUL).get("/talktome/api/is-account")
                .then().statusCode(403)
                .body(equalTo("{\"success\":false,\"error\":true,\"message\":\"API access is not enabled for this company.\"}"));
    }

    @Test
    void theControlPlaneShowsEachSeededCompanysSecretAndTodaysKey() {
        given().get("/_admin/credentials?vendor=talktome")
                .then().statusCode(200)
                .body("talktome.size()", equalTo(3))
                .body("talktome[0].workspaceId", equalTo(COMPANY))
                .body("talktome[0].kind", equalTo("SHARED_SECRET"))
                .body("talktome[0].secret", equalTo(SECRET))
                .body("talktome[0].companyId", equalTo(COMPANY))
                .body("talktome[0].hash", equalTo("SHA-256"))
                .body("talktome[0].day", equalTo("2023-08-10"))
                .body("talktome[0].today", equalTo(1691625600))
                .body("talktome[0].todayKey", equalTo(KEY))
                .body("talktome[1].todayKey", equalTo(OTHER_KEY))
                .body("talktome[2].hash", equalTo("MD5"))
                .body("talktome[2].todayKey", equalTo(MD5_KEY));
    }

    @Test
    void theKeyNeverReachesTheJournal() {
        asCompany().queryParam("email", PAUL).get("/talktome/api/is-account").then().statusCode(200);
        given().contentType(ContentType.JSON).body("{\"companyId\":\"" + COMPANY + "\",\"key\":\"" + KEY + "\",\"email\":\"x@y\"}")
                .post("/talktome/api/is-account").then().statusCode(200);
        given().get("/_admin/requests?vendor=talktome")
                .then().body("requests[1].query", equalTo("companyId=" + COMPANY + "&key=***&email=paul.doe%40company-ltd.example"))
                .body("requests[0].requestBody", equalTo(java.util.Map.of("companyId", COMPANY, "key", "***", "email", "x@y")));
    }
}
