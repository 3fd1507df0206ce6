package dev.teamgate.flowdock;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/**
 * A copy made by {@code POST /_admin/workspaces} gets fresh passwords (hashed cheaply, since they
 * are minted): each works for its own account and copy only, and the seed's password does not
 * open the copy.
 */
class WorkspaceCopyLoginServerTest extends FlowdockServerTest {

    @Test
    void eachCopyLogsInWithItsOwnFreshPasswords() {
        JsonPath first = copy();
        JsonPath second = copy();
        String joe = "logins.find { it.account == 'joe' }";
        String mike = "logins.find { it.account == 'mike' }";
        String joeEmail = first.getString(joe + ".email");
        String joePassword = first.getString(joe + ".password");
        assertThat(joePassword).startsWith("pw-").isNotEqualTo(second.getString(joe + ".password"))
                .isNotEqualTo(first.getString(mike + ".password"));

        given().auth().preemptive().basic(joeEmail, joePassword).get("/flowdock/flows").then().statusCode(200);
        given().auth().preemptive().basic(joeEmail, "joe-password").get("/flowdock/flows").then().statusCode(401);
        given().auth().preemptive().basic(joeEmail, second.getString(joe + ".password")).get("/flowdock/flows")
                .then().statusCode(401);
        given().auth().preemptive().basic(first.getString(mike + ".email"), joePassword).get("/flowdock/flows")
                .then().statusCode(401);
    }

    private static JsonPath copy() {
        return given().contentType(ContentType.JSON).body("{\"vendor\":\"flowdock\"}").post("/_admin/workspaces")
                .then().statusCode(201).extract().jsonPath();
    }
}
