package dev.teamgate.admin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import dev.teamgate.support.ServerTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

class WorkspaceIsolationServerTest extends ServerTest {

    private JsonPath create(String body) {
        return given().contentType(ContentType.JSON).body(body).post("/_admin/workspaces")
                .then().statusCode(201).extract().jsonPath();
    }

    @Test
    void aCopyOfTheSeedHasFreshCredentialsAndItsOwnData() {
        JsonPath created = create("{\"vendor\":\"testvendor\"}");
        String workspace = created.getString("workspace");
        assertThat(workspace).startsWith("testvendor/alpha-");
        String key = created.getString("credentials.find { it.account == 'ann' && it.label == \"Ann's key\" }.secret");
        assertThat(key).startsWith("tv_alpha_ann_").isNotEqualTo("tv_alpha_ann_key");

        given().header("Authorization", "Bearer " + key).contentType(ContentType.JSON).body("{\"content\":\"mine\"}")
                .post("/testvendor/rooms/general/messages").then().statusCode(201).body("seq", equalTo(3));
        given().header("Authorization", "Bearer " + key).get("/testvendor/rooms/general/messages")
                .then().body("content", contains("hello", "hi ann", "mine"));
        // the seeded workspace is untouched, and its key does not open the copy
        given().header("Authorization", "Bearer tv_alpha_ann_key").get("/testvendor/rooms/general/messages")
                .then().body("content", contains("hello", "hi ann"));
        assertThat(created.getString("logins.find { it.account == 'ann' }.email")).matches("ann\\+[a-z0-9]{8}@alpha\\.test");
    }

    @Test
    void aCreatedWorkspaceResetsToItsCreationStateAndCanBeDeleted() {
        JsonPath created = create("{\"vendor\":\"testvendor\",\"slug\":\"mine\"}");
        String key = created.getString("credentials[0].secret");
        given().header("Authorization", "Bearer " + key).contentType(ContentType.JSON).body("{\"content\":\"temp\"}")
                .post("/testvendor/rooms/general/messages").then().statusCode(201);
        given().post("/_admin/reset?workspace=testvendor/mine").then().statusCode(200);
        given().header("Authorization", "Bearer " + key).get("/testvendor/rooms/general/messages")
                .then().statusCode(200).body("content", contains("hello", "hi ann"));

        given().delete("/_admin/workspaces/testvendor/mine").then().statusCode(204);
        given().header("Authorization", "Bearer " + key).get("/testvendor/me").then().statusCode(401);
        given().delete("/_admin/workspaces/testvendor/mine").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aWorkspaceFromTheCallersOwnFixture() {
        create("{\"vendor\":\"testvendor\",\"slug\":\"custom\",\"fixture\":{\"name\":\"Custom\","
                + "\"accounts\":[{\"slug\":\"cy\",\"name\":\"Cy\"}],"
                + "\"credentials\":[{\"kind\":\"API_KEY\",\"account\":\"cy\",\"secret\":\"my-own-secret\"}],"
                + "\"rooms\":[{\"slug\":\"general\",\"kind\":\"channel\",\"name\":\"General\"}]}}");
        given().header("Authorization", "Bearer my-own-secret").get("/testvendor/rooms/general/messages")
                .then().statusCode(200).body("", org.hamcrest.Matchers.hasSize(0));
    }

    @Test
    void badRequestsAreProblems() {
        given().contentType(ContentType.JSON).body("{\"vendor\":\"nope\"}").post("/_admin/workspaces")
                .then().statusCode(400).contentType("application/problem+json").body("param", equalTo("vendor"))
                .body("detail", startsWith("Unknown vendor 'nope'"))
                .body("accepted", org.hamcrest.Matchers.hasItem("testvendor"));
        given().contentType(ContentType.JSON).body("{\"vendor\":\"testvendor\",\"slug\":\"alpha\"}").post("/_admin/workspaces")
                .then().statusCode(409).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{\"vendor\":\"testvendor\",\"fixture\":{\"accounts\":[{\"slug\":\"x\"}]}}")
                .post("/_admin/workspaces").then().statusCode(400).contentType("application/problem+json");
    }
}
