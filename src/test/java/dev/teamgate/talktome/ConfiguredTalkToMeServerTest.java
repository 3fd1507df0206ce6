package dev.teamgate.talktome;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.teamgate.platform.nativeport.NativePorts;
import dev.teamgate.support.SandboxSettings;
import io.restassured.http.ContentType;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The knobs: days in Europe/Berlin, a tolerance of one day, the secret accepted as key, and the
 * native port. Keys are coreutils literals for Berlin midnights, e.g. for 2023-08-10:
 * {@code S=company-ltd-demo-secret C=JSOM3ACS72QAJ2I1IM1D5VNFGR T=$(TZ=Europe/Berlin date -d 2023-08-10 +%s)}
 * then {@code printf '%s' "$S$(printf '%s' "$S$C$T" | sha256sum | cut -d' ' -f1)" | sha256sum}.
 */
@SandboxSettings
class ConfiguredTalkToMeServerTest extends TalkToMeServerTest {

    /** T=1691445600, Berlin midnight starting 2023-08-08. */
    static final String BERLIN_AUG_08 = "b0a513b3235a5889fdefc72cd35fcbd9dd6c1a2b65fdfb95a943cfaa00224d54";
    /** T=1691532000. */
    static final String BERLIN_AUG_09 = "da4facae38e92a4c5d461c490070c88fab5b992f350345f2452543c1b2f1f191";
    /** T=1691618400. */
    static final String BERLIN_AUG_10 = "95a27bf9dee647a8d517f7f01d5f6e74a309d20fdfac7a1cbc448285ded39818";
    /** T=1691704800. */
    static final String BERLIN_AUG_11 = "609785783876be915eda8ed5e95a97676c4e9a8df3275a91e559d9f2ae723041";

    @Autowired
    NativePorts nativePorts;

    private int status(String key) {
        return given().queryParam("companyId", COMPANY).queryParam("key", key).queryParam("email", PAUL)
                .get("/talktome/api/is-account").then().extract().statusCode();
    }

    @Test
    void keysOfTodayAndOneDayEitherSidePass() {
        // 2023-08-10 14:00 in Berlin
        assertThat(status(BERLIN_AUG_10)).isEqualTo(200);
        assertThat(status(BERLIN_AUG_09)).isEqualTo(200);
        assertThat(status(BERLIN_AUG_11)).isEqualTo(200);
        assertThat(status(BERLIN_AUG_08)).isEqualTo(403);
        // with key-zones narrowed to Berlin, a UTC-midnight key is no key at all
        assertThat(status(KEY)).isEqualTo(403);
    }

    @Test
    void yesterdaysKeyStopsWhenTheToleranceIsPassedAtBerlinMidnight() {
        clock.freeze(Instant.parse("2023-08-10T21:59:59Z")); // 23:59:59 on Aug 10 in Berlin
        assertThat(status(BERLIN_AUG_09)).isEqualTo(200);
        clock.freeze(Instant.parse("2023-08-10T22:00:00Z")); // Aug 11 begins in Berlin
        assertThat(status(BERLIN_AUG_09)).isEqualTo(403);
        assertThat(status(BERLIN_AUG_10)).isEqualTo(200);
    }

    @Test
    void theSecretItselfPassesAsKeyWhenAllowed() {
        given().queryParam("companyId", COMPANY).header("Authorization", "Bearer " + SECRET).queryParam("email", PAUL)
                .get("/talktome/api/is-account").then().statusCode(200).body("verified", equalTo(true));
        // but only the company's own secret
        given().queryParam("companyId", COMPANY).queryParam("key", "other-corp-demo-secret").queryParam("email", PAUL)
                .get("/talktome/api/is-account").then().statusCode(403);
    }

    @Test
    void todayInPersonInfoIsTheBerlinDay() {
        // 22:30 UTC on Aug 20 is Aug 21 in Berlin: Paul's absence (until Aug 20) is over
        clock.freeze(Instant.parse("2023-08-20T22:30:00Z"));
        given().queryParam("talkToMeId", PAUL_ID).get("/talktome/api/person-info")
                .then().body("available", equalTo(true)).body("awayInfo", equalTo(""));
    }

    @Test
    void theControlPlaneShowsTheBerlinKey() {
        given().header("Authorization", SandboxSettings.ADMIN).get("/_admin/credentials?vendor=talktome")
                .then().body("talktome[0].day", equalTo("2023-08-10"))
                .body("talktome[0].today", equalTo(1691618400))
                .body("talktome[0].todayKey", equalTo(BERLIN_AUG_10));
    }

    @Test
    void theNativePortServesThePathsAtTheRoot() {
        int port = nativePorts.actualPort("talktome");
        given().port(port).queryParam("talkToMeId", PAUL_ID).get("/api/person-info")
                .then().statusCode(200).contentType(ContentType.JSON).body("name", equalTo("Paul Doe"));
        given().port(port).formParam("companyId", COMPANY).formParam("key", BERLIN_AUG_10).formParam("email", PAUL)
                .post("/api/is-account").then().statusCode(200).body("verified", equalTo(true));
        given().port(port).get("/api/nothing").then().statusCode(404)
                .body(equalTo("{\"success\":false,\"error\":true,\"message\":\"No such endpoint\"}"));
        given().port(port).delete("/api/person-info").then().statusCode(405).body("error", equalTo(true));
    }
}
