package dev.teamgate.admin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import dev.teamgate.support.ServerTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

class ControlPlaneServerTest extends ServerTest {

    static final String ANN = "Bearer tv_alpha_ann_key";
    static final String BEA = "Bearer tv_beta_bea_key";

    private void post(String auth, String content) {
        given().header("Authorization", auth).contentType(ContentType.JSON).body("{\"content\":\"" + content + "\"}")
                .post("/testvendor/rooms/general/messages").then().statusCode(201);
    }

    @Test
    void resetEmptiesTheDatabaseAndReseedsIt() {
        post(ANN, "written");
        given().header("Authorization", ANN).get("/testvendor/rooms/general/messages")
                .then().body("content", contains("hello", "hi ann", "written"));

        given().post("/_admin/reset").then().statusCode(200).body("reset", equalTo("all"));

        given().header("Authorization", ANN).get("/testvendor/rooms/general/messages")
                .then().body("content", contains("hello", "hi ann"));
        given().header("Authorization", ANN).contentType(ContentType.JSON).body("{\"content\":\"after\"}")
                .post("/testvendor/rooms/general/messages").then().body("seq", equalTo(3));
    }

    @Test
    void resetClearsTheJournal() {
        post(ANN, "x");
        given().get("/_admin/requests/count").then().body("count", equalTo(1));
        given().post("/_admin/reset").then().statusCode(200);
        given().get("/_admin/requests/count").then().body("count", equalTo(0));
    }

    @Test
    void resettingOneWorkspaceLeavesTheOthersAlone() {
        post(ANN, "alpha write");
        post(BEA, "beta write");
        given().post("/_admin/reset?workspace=testvendor/alpha")
                .then().statusCode(200).body("reset", equalTo("testvendor/alpha"));
        given().header("Authorization", ANN).get("/testvendor/rooms/general/messages")
                .then().body("content", contains("hello", "hi ann"));
        given().header("Authorization", BEA).get("/testvendor/rooms/general/messages")
                .then().body("content", contains("beta write"));
    }

    @Test
    void resettingAnUnknownWorkspaceIsA404Problem() {
        given().post("/_admin/reset?workspace=testvendor/nope")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("workspace testvendor/nope not found"));
    }

    @Test
    void fixtureExportLoadExportGivesTheSameDocument() {
        post(ANN, "state to keep");
        String first = given().get("/_admin/fixtures").then().statusCode(200).extract().asString();
        given().contentType(ContentType.JSON).body(first).post("/_admin/fixtures")
                .then().statusCode(201).body("loaded", hasItems("testvendor/alpha", "testvendor/beta"));
        String second = given().get("/_admin/fixtures").then().statusCode(200).extract().asString();
        assertThat(second).isEqualTo(first).contains("state to keep");
        // the loaded state really works: the digest-only credential still authenticates
        given().header("Authorization", ANN).get("/testvendor/rooms/general/messages")
                .then().statusCode(200).body("content", hasItem("state to keep"));
    }

    @Test
    void exportOfOneWorkspace() {
        given().get("/_admin/fixtures?workspace=testvendor/beta")
                .then().statusCode(200)
                .body("workspaces.slug", contains("beta"))
                .body("workspaces[0].credentials[0].secretHash", not(containsString("tv_beta")));
    }

    @Test
    void badFixturesAreProblemsAndChangeNothing() {
        given().contentType(ContentType.JSON)
                .body("{\"workspaces\":[{\"vendor\":\"testvendor\",\"slug\":\"alpha\",\"name\":\"A\",\"accounts\":[{\"slug\":\"z\"}]}]}")
                .post("/_admin/fixtures")
                .then().statusCode(400).contentType("application/problem+json")
                .body("param", equalTo("workspaces[0].accounts[0].name"));
        given().contentType(ContentType.JSON).body("{\"workspaces\": [")
                .post("/_admin/fixtures")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{\"workspaces\": [{\"vendor\": 5, \"slug\": []}]}")
                .post("/_admin/fixtures")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.TEXT).body("x").post("/_admin/fixtures")
                .then().statusCode(415).contentType("application/problem+json");
        given().header("Authorization", ANN).get("/testvendor/rooms/general/messages")
                .then().body("content", contains("hello", "hi ann"));
    }

    @Test
    void theJournalRecordsVendorRequestsNewestFirstWithoutSecrets() {
        post(ANN, "one");
        given().header("Authorization", ANN).contentType(ContentType.JSON).body("{\"content\":\"two\"}")
                .post("/testvendor/rooms/general/messages?pin=1234").then().statusCode(201);
        given().get("/testvendor/me").then().statusCode(401);
        given().get("/_admin/health").then().statusCode(200);

        given().get("/_admin/requests?vendor=testvendor")
                .then().statusCode(200)
                .body("total", equalTo(3))
                .body("requests.status", contains(401, 201, 201))
                .body("requests[1].query", equalTo("pin=***"))
                .body("requests[1].requestBody", equalTo(java.util.Map.of("content", "two")))
                .body("requests[1].responseBody", equalTo(java.util.Map.of("seq", 4, "content", "two")))
                .body("requests[1].credential", equalTo("tv_al…"))
                .body("requests[1].path", equalTo("/testvendor/rooms/general/messages"))
                .body("requests[0].credential", equalTo(null));
        given().get("/_admin/requests/count?method=POST&path=/testvendor/rooms/*/messages")
                .then().body("count", equalTo(2));
        given().get("/_admin/requests?status=401&limit=1").then().body("requests", org.hamcrest.Matchers.hasSize(1));
        given().delete("/_admin/requests").then().statusCode(204);
        given().get("/_admin/requests/count").then().body("count", equalTo(0));
    }

    @Test
    void badJournalFiltersAreProblems() {
        given().get("/_admin/requests?since=yesterday").then().statusCode(400).contentType("application/problem+json");
        given().get("/_admin/requests?limit=0").then().statusCode(400).contentType("application/problem+json");
        given().get("/_admin/requests?status=abc").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void credentialsListTheSeedsDemoSecretsPerVendor() {
        given().get("/_admin/credentials?vendor=testvendor")
                .then().statusCode(200)
                .body("testvendor.secret", hasItems("tv_alpha_ann_key", "tv_beta_bea_key", "ann-password"))
                .body("testvendor.find { it.secret == 'tv_alpha_ann_key' }.scopes", contains("read", "write"));
    }

    @Test
    void healthNamesEveryVendorWithItsBaseUrl() {
        given().get("/_admin/health")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("version", equalTo("0.1.0-SNAPSHOT"))
                .body("vendors.find { it.key == 'testvendor' }.baseUrl", equalTo("http://localhost:" + port + "/testvendor"));
    }

    @Test
    void openApiHasAGroupPerVendorPlusAdminWithSecuritySchemes() {
        given().get("/v3/api-docs/swagger-config")
                .then().statusCode(200)
                .body("urls.url", hasItems("/v3/api-docs/admin", "/v3/api-docs/testvendor"))
                .body("urls.name", hasItems("Teamgate control plane", "Test vendor"));
        given().get("/v3/api-docs/testvendor")
                .then().statusCode(200)
                .body("paths.keySet()", hasItem("/testvendor/me"))
                .body("components.securitySchemes.apiKey.scheme", equalTo("bearer"))
                .body("paths.keySet()", not(hasItem("/_admin/reset")));
        given().get("/v3/api-docs/admin")
                .then().statusCode(200).body("paths.keySet()", hasItems("/_admin/reset", "/_admin/fixtures"));
        given().get("/swagger-ui.html").then().statusCode(200);
    }

    @Test
    void actuatorReportsLivenessAndReadiness() {
        given().get("/actuator/health/liveness").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/actuator/health/readiness").then().statusCode(200).body("status", equalTo("UP"));
    }
}
