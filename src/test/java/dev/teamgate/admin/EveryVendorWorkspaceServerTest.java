package dev.teamgate.admin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.teamgate.support.ServerTest;
import io.restassured.http.ContentType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every vendor's demo workspace can be copied for a test, and the copy loads back by itself. */
class EveryVendorWorkspaceServerTest extends ServerTest {

    @Test
    void everyVendorsSeedCanBeCopiedTwice() {
        List<String> vendors = given().get("/_admin/health").then().extract().path("vendors.key");
        assertThat(vendors).contains("commflow", "flowdock", "stackfield", "talktome", "teamfluence");
        for (String vendor : vendors) {
            for (int copy = 0; copy < 2; copy++) {
                var response = given().contentType(ContentType.JSON).body("{\"vendor\":\"" + vendor + "\"}")
                        .post("/_admin/workspaces").then().extract();
                assertThat(response.statusCode()).as(vendor + " copy: " + response.asString()).isEqualTo(201);
            }
        }
    }

    @Test
    void copiesWorkWithTheirFreshCredentials() {
        var flowdock = given().contentType(ContentType.JSON).body("{\"vendor\":\"flowdock\"}").post("/_admin/workspaces")
                .then().statusCode(201).extract().jsonPath();
        String token = flowdock.getString("credentials.find { it.kind == 'API_KEY' }.secret");
        String slug = flowdock.getString("workspace").substring("flowdock/".length());
        given().auth().preemptive().basic(token, "x").get("/flowdock/flows/all")
                .then().statusCode(200).body("organization.parameterized_name", org.hamcrest.Matchers.everyItem(
                        org.hamcrest.Matchers.equalTo(slug)));

        var commflow = given().contentType(ContentType.JSON).body("{\"vendor\":\"commflow\"}").post("/_admin/workspaces")
                .then().statusCode(201).extract().jsonPath();
        String key = commflow.getString("credentials.find { it.secret.startsWith('sk_live_') }.secret");
        given().header("Authorization", "Bearer " + key).get("/commflow/v1/me")
                .then().statusCode(200).body("workspace.id", org.hamcrest.Matchers.startsWith("ws_456-"));
    }

    /** The vendors' copy hooks (given to their VendorApi) renew what is global: OAuth client ids. */
    @Test
    void copiedOAuthAppsGetClientIdsOfTheirOwn() {
        for (String vendor : List.of("commflow", "flowdock")) {
            String tag = given().contentType(ContentType.JSON).body("{\"vendor\":\"" + vendor + "\"}")
                    .post("/_admin/workspaces").then().statusCode(201).extract().path("tag");
            List<String> clientIds = given().get("/_admin/" + vendor + "/oauth-apps").then().statusCode(200)
                    .extract().path("apps.clientId");
            assertThat(clientIds).as(vendor).anyMatch(id -> id.endsWith("-" + tag));
        }
    }
}
