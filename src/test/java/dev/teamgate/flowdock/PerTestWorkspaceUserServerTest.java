package dev.teamgate.flowdock;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/**
 * A per-test workspace whose fixture reuses the docs' user id "2" does not join the seeded user
 * "2": neither side sees or posts into the other's flows.
 */
class PerTestWorkspaceUserServerTest extends FlowdockServerTest {

    static final String TEST_TOKEN = "pertesttokenpertesttoken00000002";

    @Test
    void aFixtureReusingUserTwoStaysInItsOwnWorkspace() {
        given().contentType(ContentType.JSON).body("""
                {"vendor":"flowdock","slug":"mine","fixture":{"name":"Mine",
                  "accounts":[{"slug":"me","externalId":"2","email":"me@test.example","name":"Me","nick":"Me",
                               "role":"OWNER"}],
                  "credentials":[{"kind":"API_KEY","account":"me","label":"t","secret":"%s"}],
                  "rooms":[{"slug":"private-flow","externalId":"ffff0000ffff0000","kind":"flow","name":"Private flow",
                            "accessMode":"organization","members":[{"account":"me","admin":true}]}]}}
                """.formatted(TEST_TOKEN)).post("/_admin/workspaces").then().statusCode(201);

        as(TEST_TOKEN).get("/flowdock/flows").then().statusCode(200)
                .body("parameterized_name", contains("private-flow"));
        as(TEST_TOKEN).get("/flowdock/flows/acme/my-flow/messages").then().statusCode(404);
        as(MIKE).get("/flowdock/flows").then().statusCode(200)
                .body("parameterized_name", not(hasItem("private-flow")));
        as(MIKE).get("/flowdock/flows/mine/private-flow/messages").then().statusCode(404);
    }
}
