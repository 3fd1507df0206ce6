package dev.teamgate.admin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import dev.teamgate.support.ServerTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The control plane's traps a new user fell into (issue 17), each closed. */
class ControlPlaneTrapsServerTest extends ServerTest {

    private JsonPath create(String vendor) {
        return given().contentType(ContentType.JSON).body("{\"vendor\":\"" + vendor + "\"}").post("/_admin/workspaces")
                .then().statusCode(201).extract().jsonPath();
    }

    @Test
    void everyKeyOfACommFlowCopyAuthenticatesAndKeepsItsPrefix() {
        JsonPath copy = create("commflow");
        String live = copy.getString("credentials.find { it.label == 'Live key (Professional plan)' }.secret");
        String readOnly = copy.getString("credentials.find { it.label == 'Read-only key' }.secret");
        assertThat(live).startsWith("sk_live_");
        assertThat(readOnly).startsWith("sk_live_");
        given().header("Authorization", "Bearer " + live).get("/commflow/v1/me").then().statusCode(200);
        given().header("Authorization", "Bearer " + readOnly).get("/commflow/v1/me").then().statusCode(200);
    }

    @Test
    void aTeamfluenceCopyAnswersWithProfileIdsAndPostsUrlsThatWork() {
        JsonPath copy = create("teamfluence");
        String tag = copy.getString("tag");
        assertThat(tag).matches("[a-z0-9]{8}");
        assertThat(copy.getString("baseUrl")).isEqualTo("http://localhost:" + port + "/teamfluence/external");
        assertThat(copy.getString("externalId")).endsWith("-" + tag);
        String key = copy.getString("credentials.find { it.label == 'API key' }.secret");
        String profileId = copy.getString("credentials.find { it.label == 'API key' }.profileId");
        String postsUrl = copy.getString("credentials.find { it.label == 'API key' }.postsUrl");
        assertThat(key).startsWith("tfk_");
        assertThat(profileId).endsWith("-" + tag);
        assertThat(postsUrl).isEqualTo("/teamfluence/external/" + profileId + "/posts");
        given().header("Authorization", "Bearer " + key).get(postsUrl).then().statusCode(200);
    }

    @Test
    void aTalkToMeCopyAnswersWithTodaysKeyThatWorks() {
        JsonPath copy = create("talktome");
        String companyId = copy.getString("credentials[0].companyId");
        String todayKey = copy.getString("credentials[0].todayKey");
        assertThat(companyId).isEqualTo(copy.getString("externalId"));
        given().queryParam("companyId", companyId).queryParam("key", todayKey).queryParam("email", "nobody@nowhere.example")
                .get("/talktome/api/is-account").then().statusCode(200).body("success", equalTo(true));
    }

    @Test
    void unknownFilterValuesAreProblemsListingTheAcceptedOnes() {
        given().get("/_admin/requests/count?vendor=Flowdock").then().statusCode(400)
                .contentType("application/problem+json").body("param", equalTo("vendor"))
                .body("accepted", hasItems("commflow", "flowdock", "stackfield", "talktome", "teamfluence"))
                .body("detail", containsString("did you mean 'flowdock'"));
        given().get("/_admin/requests?vendor=nope").then().statusCode(400).body("param", equalTo("vendor"));
        given().get("/_admin/requests/count?method=FETCH").then().statusCode(400).body("param", equalTo("method"))
                .body("accepted", hasItems("GET", "POST"));
        given().get("/_admin/requests/count?status=999").then().statusCode(400).body("param", equalTo("status"));
        given().get("/_admin/requests/count?workspace=nope").then().statusCode(400).body("param", equalTo("workspace"))
                .body("accepted", hasItems("testvendor/alpha"));
        given().get("/_admin/credentials?vendor=nope").then().statusCode(400).body("param", equalTo("vendor"));
        given().get("/_admin/webhooks/deliveries?vendor=CommFlow").then().statusCode(400).body("param", equalTo("vendor"));
        given().contentType(ContentType.JSON).body("{\"vendor\":\"nope\",\"status\":503}").put("/_admin/faults")
                .then().statusCode(400).body("param", equalTo("vendor"));
        given().contentType(ContentType.JSON).body("{\"vendor\":\"testvendor\",\"method\":\"FETCH\",\"status\":503}")
                .put("/_admin/faults").then().statusCode(400).body("param", equalTo("method"));
        given().get("/_admin/faults").then().body("size()", equalTo(0));
    }

    @Test
    void aLowerCaseMethodIsTheMethod() {
        given().header("Authorization", ControlPlaneServerTest.ANN).contentType(ContentType.JSON).body("{\"content\":\"x\"}")
                .post("/testvendor/rooms/general/messages").then().statusCode(201);
        given().get("/_admin/requests/count?method=post").then().statusCode(200).body("count", equalTo(1));
    }

    @Test
    void theJournalIsFilteredAndClearedPerWorkspace() {
        String mine = create("testvendor").getString("credentials[0].secret");
        JsonPath other = create("testvendor");
        String theirs = other.getString("credentials[0].secret");
        String myWorkspace = given().get("/_admin/workspaces?vendor=testvendor").then().statusCode(200)
                .extract().path("find { it.slug != 'alpha' && it.slug != 'beta' && it.workspace != '"
                        + other.getString("workspace") + "' }.workspace");
        given().header("Authorization", "Bearer " + mine).get("/testvendor/me").then().statusCode(200);
        given().header("Authorization", "Bearer " + mine).get("/testvendor/me").then().statusCode(200);
        given().header("Authorization", "Bearer " + theirs).get("/testvendor/me").then().statusCode(200);

        given().get("/_admin/requests?workspace=" + myWorkspace).then().statusCode(200)
                .body("total", equalTo(2))
                .body("requests.workspace", everyItem(equalTo(myWorkspace)))
                .body("requests[0].credential", equalTo(dev.teamgate.domain.credential.SecretHasher.displayPrefix(mine)));
        given().get("/_admin/requests/count?workspace=" + other.getString("workspace")).then().body("count", equalTo(1));

        given().delete("/_admin/requests?workspace=" + myWorkspace).then().statusCode(204);
        given().get("/_admin/requests/count?workspace=" + myWorkspace).then().body("count", equalTo(0));
        given().get("/_admin/requests/count").then().body("count", equalTo(1));
    }

    @Test
    void theJournalKeepsHeadersWithSecretsMaskedAndJsonBodiesAsJson() {
        given().header("Authorization", ControlPlaneServerTest.ANN).header("Cookie", "session=s3cr3t")
                .header("X-Api-Token", "t0k3n").header("X-Request-Id", "req-42")
                .contentType(ContentType.JSON).body("{\"content\":\"hello json\"}")
                .post("/testvendor/rooms/general/messages").then().statusCode(201);
        String raw = given().get("/_admin/requests?limit=1").then().statusCode(200)
                .body("requests[0].requestHeaders.Authorization", equalTo("Bearer ***"))
                .body("requests[0].requestHeaders.Cookie", equalTo("***"))
                .body("requests[0].requestHeaders.X-Api-Token", equalTo("***"))
                .body("requests[0].requestHeaders.X-Request-Id", equalTo("req-42"))
                .body("requests[0].requestBody.content", equalTo("hello json"))
                .body("requests[0].responseBody.content", equalTo("hello json"))
                .body("requests[0].responseHeaders.Content-Type", containsString("application/json"))
                .body("requests[0].workspace", equalTo("testvendor/alpha"))
                .extract().asString();
        assertThat(raw).doesNotContain("tv_alpha_ann_key").doesNotContain("s3cr3t").doesNotContain("t0k3n");
    }

    @Test
    void theControlPlaneTakesJsonWithoutContentTypeAndBothDurationForms() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> bare = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/_admin/clock"))
                .PUT(HttpRequest.BodyPublishers.ofString("{\"frozenAt\":\"2026-01-15T10:30:00Z\",\"advance\":\"1m\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(bare.statusCode()).as(bare.body()).isEqualTo(200);
        assertThat(bare.body()).contains("\"now\":\"2026-01-15T10:31:00Z\"");
        // what curl -d sends by itself
        given().contentType("application/x-www-form-urlencoded").body("{\"advance\":\"PT1M\"}").put("/_admin/clock")
                .then().statusCode(200).body("now", equalTo("2026-01-15T10:32:00Z"));
        given().contentType(ContentType.JSON).body("{\"advance\":\"90s\"}").put("/_admin/clock")
                .then().statusCode(200).body("now", equalTo("2026-01-15T10:33:30Z"));
        given().contentType(ContentType.JSON).body("{\"advance\":\"soon\"}").put("/_admin/clock")
                .then().statusCode(400).body("param", equalTo("advance"));
        // the delay parses (the rule then fails on its status), where "soon" does not
        given().contentType(ContentType.JSON).body("{\"vendor\":\"testvendor\",\"delay\":\"10ms\",\"status\":200}")
                .put("/_admin/faults").then().statusCode(400).body("param", equalTo("status"));
        given().contentType(ContentType.JSON).body("{\"vendor\":\"testvendor\",\"delay\":\"soon\"}")
                .put("/_admin/faults").then().statusCode(400).body("param", equalTo("delay"));
    }

    @Test
    void aRateLimitChangeWithoutEnabledKeepsTheRest() {
        boolean enabled = given().get("/_admin/rate-limits").then().extract()
                .path("find { it.vendor == 'commflow' }.enabled");
        given().contentType(ContentType.JSON).body("{\"capacity\":5,\"period\":\"1m\"}").put("/_admin/rate-limits/commflow")
                .then().statusCode(200).body("enabled", equalTo(enabled)).body("capacity", equalTo(5))
                .body("period", equalTo("PT1M"));
        given().contentType(ContentType.JSON).body("{\"enabled\":false}").put("/_admin/rate-limits/commflow")
                .then().statusCode(200).body("enabled", equalTo(false)).body("capacity", equalTo(5));
        given().contentType(ContentType.JSON).body("{}").put("/_admin/rate-limits/Commflow").then().statusCode(404);
    }

    @Test
    void workspacesAreListed() {
        given().get("/_admin/workspaces").then().statusCode(200)
                .body("workspace", hasItems("testvendor/alpha", "commflow/my-workspace"))
                .body("workspace", not(hasItems("nope/nope")));
    }
}
