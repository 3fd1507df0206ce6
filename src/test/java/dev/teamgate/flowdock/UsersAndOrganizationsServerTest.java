package dev.teamgate.flowdock;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

class UsersAndOrganizationsServerTest extends FlowdockServerTest {

    @Test
    void anAdminSeesEveryoneInItsOrganizationsOncePerUser() {
        as(MIKE).get("/flowdock/users").then().statusCode(200)
                .body("id", contains(2, 9, 16, 42, 100))
                .body("[0]", org.hamcrest.Matchers.hasKey("website"))
                .body("[1].email", equalTo("joe@example.com"))
                .body("[1].nick", equalTo("Joe"))
                .body("[1].name", equalTo("Joe Smith"))
                .body("[1].avatar", equalTo("https://d2cxspbh1aoie1.cloudfront.net/avatars/f5b8fb60c6116331da07c65b96a8a1d1/"))
                .body("[1].admin", nullValue());
    }

    @Test
    void aMemberSeesThePeopleSharingItsFlows() {
        as(STEVIE).get("/flowdock/users").then().statusCode(200).body("id", contains(2, 42));
        as(JOE).get("/flowdock/users").then().statusCode(200).body("id", contains(2, 9, 16));
    }

    @Test
    void showsAUserOfASharedOrganizationOnly() {
        as(JOE).get("/flowdock/users/42").then().statusCode(200)
                .body(equalTo("{\"id\":42,\"email\":\"stevie@example.com\",\"name\":\"Stevie Johnson\",\"nick\":\"Stevie\","
                        + "\"avatar\":\"https://d2cxspbh1aoie1.cloudfront.net/5bdd089a099acc56fc7120f6325a5d5c/\",\"website\":null}"));
        as(JOE).get("/flowdock/users/100").then().statusCode(404).body(equalTo("{\"message\":\"User not found\"}"));
    }

    @Test
    void usersUpdateOnlyThemselves() {
        as(JOE).contentType(ContentType.JSON).body("{\"nick\":\"Joey\",\"email\":\"joey@example.com\"}")
                .put("/flowdock/users/9").then().statusCode(200).body(equalTo("{}"));
        as(MIKE).get("/flowdock/users/9").then().body("nick", equalTo("Joey")).body("email", equalTo("joey@example.com"));
        as(JOE).contentType(ContentType.JSON).body("{\"nick\":\"Mikey\"}").put("/flowdock/users/2")
                .then().statusCode(403).body(equalTo("{\"message\":\"You can only update your own information\"}"));
        as(JOE).contentType(ContentType.JSON).body("{\"email\":\"not-an-email\"}").put("/flowdock/users/9")
                .then().statusCode(400).body(equalTo("{\"message\":\"Validation error\",\"errors\":{\"email\":[\"is invalid\"]}}"));
        // the new nick is what @mentions resolve
        as(MIKE).header("X-flowdock-wait-for-message", "true").contentType(ContentType.JSON)
                .body("{\"event\":\"message\",\"content\":\"@Joey hi\"}").post("/flowdock/flows/acme/my-flow/messages")
                .then().body("tags", contains(":unread:9", ":user:9"));
    }

    @Test
    void listsAFlowsUsers() {
        as(MIKE).get("/flowdock/flows/acme/another-flow/users").then().statusCode(200)
                .body("id", contains(2, 42)).body("nick", contains("Mike", "Stevie"));
    }

    @Test
    void addsAnOrganizationMemberToAFlow() {
        as(MIKE).contentType(ContentType.JSON).body("{\"id\":9}").post("/flowdock/flows/acme/another-flow/users")
                .then().statusCode(200).body(equalTo("{}"));
        as(JOE).get("/flowdock/flows/acme/another-flow/messages?event=action").then().statusCode(200)
                .body("content.type", contains("add_people"))
                .body("content.description", contains("Joe"));
        as(MIKE).contentType(ContentType.JSON).body("{\"id\":100}").post("/flowdock/flows/acme/another-flow/users")
                .then().statusCode(404).body(equalTo("{\"message\":\"User not found\"}"));
        as(MIKE).contentType(ContentType.JSON).body("{}").post("/flowdock/flows/acme/another-flow/users")
                .then().statusCode(400).body("errors.id[0]", equalTo("can't be blank"));
    }

    @Test
    void blockingFollowsTheAdminRules() {
        // Joe is a regular user: he may block Marty, but not Mike, an organization owner
        as(JOE).contentType(ContentType.JSON).body("{\"disabled\":true}").put("/flowdock/flows/acme/my-flow/users/2")
                .then().statusCode(403).body(equalTo("{\"message\":\"Only organization admins can block admins\"}"));
        as(JOE).contentType(ContentType.JSON).body("{\"disabled\":true}").put("/flowdock/flows/acme/my-flow/users/16")
                .then().statusCode(200).body(equalTo("{}"));
        as(MIKE).get("/flowdock/flows/acme/my-flow").then().body("users.disabled", contains(false, false, true));
        as(MARTY).get("/flowdock/flows/acme/my-flow/messages").then().statusCode(403)
                .body(equalTo("{\"message\":\"You have been blocked from this flow\"}"));
        as(MIKE).contentType(ContentType.URLENC).formParam("disabled", "false").put("/flowdock/flows/acme/my-flow/users/16")
                .then().statusCode(200);
        as(MARTY).get("/flowdock/flows/acme/my-flow/messages").then().statusCode(200);
        as(MIKE).contentType(ContentType.JSON).body("{}").put("/flowdock/flows/acme/my-flow/users/16")
                .then().statusCode(400).body("errors.disabled[0]", equalTo("can't be blank"));
    }

    @Test
    void listsTheCallersOrganizations() {
        String body = as(MIKE).get("/flowdock/organizations").then().statusCode(200).header("Flowdock-User", "2")
                .extract().asString();
        assertMatches("organizations-mike", body);
        as(JOE).get("/flowdock/organizations").then().body("parameterized_name", contains("acme"));
    }

    @Test
    void showsAnOrganizationByNameOrId() {
        String byName = as(MIKE).get("/flowdock/organizations/organization").then().statusCode(200).extract().asString();
        String byId = as(MIKE).get("/flowdock/organizations/find?id=42").then().statusCode(200).extract().asString();
        assertSameJson(byName, byId);
        as(JOE).get("/flowdock/organizations/organization").then().statusCode(404)
                .body(equalTo("{\"message\":\"Organization not found\"}"));
        as(JOE).get("/flowdock/organizations/find?id=42").then().statusCode(404);
    }

    @Test
    void onlyAdminsRenameAnOrganization() {
        as(JOE).contentType(ContentType.JSON).body("{\"name\":\"Evil Corp\"}").put("/flowdock/organizations/acme")
                .then().statusCode(403);
        as(MIKE).contentType(ContentType.JSON).body("{\"name\":\"Acme Inc\"}").put("/flowdock/organizations/acme")
                .then().statusCode(200).body("name", equalTo("Acme Inc")).body("parameterized_name", equalTo("acme"));
        as(JOE).get("/flowdock/flows").then().body("[0].organization.name", equalTo("Acme Inc"));
    }

    @Test
    void listsAnOrganizationsUsersWithTheirAdminFlag() {
        as(JOE).get("/flowdock/organizations/acme/users").then().statusCode(200)
                .body("id", contains(2, 9, 16, 42))
                .body("admin", contains(true, false, false, false));
        as(JOE).get("/flowdock/organizations/acme/users/2").then().statusCode(200).body("admin", equalTo(true));
    }

    @Test
    void adminsRemoveUsersFromAnOrganization() {
        as(JOE).delete("/flowdock/organizations/acme/users/16").then().statusCode(403);
        as(MIKE).delete("/flowdock/organizations/acme/users/16").then().statusCode(204);
        as(MIKE).get("/flowdock/organizations/acme/users").then().body("id", contains(2, 9, 42));
        as(MIKE).get("/flowdock/flows/acme/my-flow").then().body("users.id", contains(2, 9));
        // Marty belonged to acme only: his token no longer gets him anywhere
        as(MARTY).get("/flowdock/flows").then().statusCode(401);
        as(MIKE).delete("/flowdock/organizations/acme/users/16").then().statusCode(404);
        as(MIKE).delete("/flowdock/organizations/acme/users/2").then().statusCode(403);
    }
}
