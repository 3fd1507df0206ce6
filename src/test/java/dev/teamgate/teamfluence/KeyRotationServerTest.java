package dev.teamgate.teamfluence;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeyRotationServerTest extends TeamfluenceServerTest {

    static final String ROTATE = "/_admin/teamfluence/profiles/{id}/rotate-key";

    @Test
    void rotationRevokesTheOldKeyAndReturnsANewOneThatWorks() {
        JsonPath rotated = given().post(ROTATE, STEVEN)
                .then().statusCode(200)
                .body("teamspace", equalTo("growth-team"))
                .body("profileId", equalTo(STEVEN))
                .body("apiKey", matchesPattern("tfk_[A-Za-z0-9]{32}"))
                .body("revokedKeys", equalTo(1))
                .extract().jsonPath();
        String newKey = rotated.getString("apiKey");
        assertThat(rotated.getString("displayPrefix")).isEqualTo(newKey.substring(0, 12) + "…");

        as(STEVEN_KEY).get(API + STEVEN + "/posts")
                .then().statusCode(401).body(equalTo("{\"detail\":\"Invalid API key.\"}"));
        as(newKey).get(API + STEVEN + "/posts").then().statusCode(200).body("count", equalTo(5));
        // other profiles' keys are untouched
        as(JAN_KEY).get(API + JAN + "/posts").then().statusCode(200);
    }

    @Test
    void theStateAfterRotationIsOneUsableKeyAndTheOldOnesRevokedNow() {
        given().post(ROTATE, STEVEN).then().statusCode(200);
        List<Map<String, Object>> stevensKeys = given().get("/_admin/fixtures?workspace=teamfluence/growth-team")
                .then().statusCode(200).extract().jsonPath()
                .getList("workspaces[0].credentials.findAll { it.account == 'steven' }");
        assertThat(stevensKeys).extracting(k -> k.get("label"), k -> k.get("revokedAt"), k -> k.get("createdAt"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("API key", "2026-06-01T08:00:00Z", "2026-01-05T09:10:00Z"),
                        org.assertj.core.groups.Tuple.tuple("API key (rotated out)", "2026-01-05T09:10:00Z", "2026-01-05T09:01:00Z"),
                        org.assertj.core.groups.Tuple.tuple("API key", null, "2026-06-01T08:00:00Z"));
    }

    @Test
    void rotatingAgainRevokesTheKeyIssuedBefore() {
        String first = given().post(ROTATE, JAN).then().statusCode(200).extract().path("apiKey");
        String second = given().post(ROTATE, JAN).then().statusCode(200).body("revokedKeys", equalTo(1))
                .extract().path("apiKey");
        assertThat(second).isNotEqualTo(first);
        as(first).get(API + JAN + "/posts").then().statusCode(401);
        as(second).get(API + JAN + "/posts").then().statusCode(200);
    }

    @Test
    void aNewAdministratorWithoutAKeyGetsTheirFirstOne() {
        given().contentType("application/json").body("""
                {"workspaces":[{"vendor":"teamfluence","slug":"fresh","name":"Fresh",
                  "accounts":[{"slug":"ada","externalId":"p_ada","name":"Ada","role":"ADMIN"}]}]}""")
                .post("/_admin/fixtures").then().statusCode(201);
        String key = given().post(ROTATE, "p_ada").then().statusCode(200)
                .body("teamspace", equalTo("fresh")).body("revokedKeys", equalTo(0)).extract().path("apiKey");
        as(key).get(API + "p_ada/posts").then().statusCode(200).body(equalTo("{\"count\":0,\"limit\":20,\"offset\":0,\"posts\":[]}"));
    }

    @Test
    void onlyActiveAdministratorsAndOwnersCanHoldAKey() {
        given().post(ROTATE, MIA)
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", equalTo("profile " + MIA
                        + " is not an Administrator or Teamspace Owner, so it cannot hold an API key"));
        given().post(ROTATE, TOM)
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", equalTo("profile " + TOM + " is deactivated; its API key cannot be rotated"));
        as(TOM_KEY).get(API + TOM + "/posts").then().statusCode(401);
    }

    @Test
    void unknownProfilesAndTeamspacesAreProblems() {
        given().post(ROTATE, "nobody")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("profile nobody not found"));
        given().post(ROTATE + "?teamspace=starter-team", STEVEN).then().statusCode(404);
        given().post(ROTATE + "?teamspace=nope", STEVEN)
                .then().statusCode(404).body("detail", equalTo("teamspace nope not found"));
        given().get(ROTATE, STEVEN).then().statusCode(405).contentType("application/problem+json");
        as(STEVEN_KEY).get(API + STEVEN + "/posts").then().statusCode(200);
    }

    @Test
    void aProfileIdInSeveralTeamspacesNeedsTheTeamspace() {
        given().contentType("application/json").body("""
                {"workspaces":[{"vendor":"teamfluence","slug":"twin","name":"Twin",
                  "accounts":[{"slug":"s","externalId":"%s","name":"Steven's twin","role":"OWNER"}]}]}""".formatted(STEVEN))
                .post("/_admin/fixtures").then().statusCode(201);
        given().post(ROTATE, STEVEN)
                .then().statusCode(409)
                .body("detail", equalTo("profile " + STEVEN + " exists in several teamspaces; name one with ?teamspace=<slug>"));
        given().post(ROTATE + "?teamspace=twin", STEVEN).then().statusCode(200).body("teamspace", equalTo("twin"));
        as(STEVEN_KEY).get(API + STEVEN + "/posts").then().statusCode(200);
    }
}
