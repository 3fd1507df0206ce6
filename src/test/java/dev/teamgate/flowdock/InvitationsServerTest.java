package dev.teamgate.flowdock;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

class InvitationsServerTest extends FlowdockServerTest {

    static final String INVITATIONS = "/flowdock/flows/acme/another-flow/invitations";

    @Test
    void listsPendingInvitationsOnly() {
        JsonPath list = as(MIKE).get(INVITATIONS).then().statusCode(200).extract().jsonPath();
        int id = list.getInt("[0].id");
        assertSameJson("[{\"id\":" + id + ",\"state\":\"pending\",\"email\":\"person@example.com\","
                + "\"flow\":\"05654aa3-3b13-4a79-8cea-92ed45bdc9a5\",\"url\":\"" + base()
                + "/flows/acme/another-flow/invitations/" + id + "\"}]", list.prettify());
    }

    @Test
    void showsAnyInvitationIncludingAcceptedOnes() {
        int accepted = as(MIKE).get(INVITATIONS).then().extract().<Integer>path("[0].id") + 1;
        as(MIKE).get(INVITATIONS + "/" + accepted).then().statusCode(200)
                .body("state", equalTo("accepted")).body("email", equalTo("accepted@example.com"));
        as(MIKE).get(INVITATIONS + "/0").then().statusCode(404).body(equalTo("{\"message\":\"Invitation not found\"}"));
    }

    @Test
    void invitesAndResendsByEmail() {
        JsonPath created = as(STEVIE).contentType(ContentType.JSON)
                .body("{\"email\":\"someone@example.com\",\"message\":\"Please join our team's Flow.\"}")
                .post(INVITATIONS).then().statusCode(201).header("Flowdock-User", "42").extract().jsonPath();
        int id = created.getInt("id");
        as(STEVIE).contentType(ContentType.JSON).body("{\"email\":\"SOMEONE@example.com\"}")
                .post(INVITATIONS).then().statusCode(201).body("id", equalTo(id));
        as(MIKE).get(INVITATIONS).then().body("email", contains("person@example.com", "someone@example.com"));
        as(MIKE).get("/flowdock/flows/acme/another-flow/messages?event=action&limit=1").then()
                .body("[0].content.type", equalTo("invite"))
                .body("[0].content.description.email", equalTo("SOMEONE@example.com"));
    }

    @Test
    void refusesBadAddressesAndExistingMembers() {
        as(MIKE).contentType(ContentType.JSON).body("{\"email\":\"nope\"}").post(INVITATIONS).then().statusCode(400)
                .body(equalTo("{\"message\":\"Validation error\",\"errors\":{\"email\":[\"is invalid\"]}}"));
        as(MIKE).contentType(ContentType.JSON).body("{}").post(INVITATIONS).then().statusCode(400)
                .body("errors.email[0]", equalTo("can't be blank"));
        as(MIKE).contentType(ContentType.JSON).body("{\"email\":\"stevie@example.com\"}").post(INVITATIONS)
                .then().statusCode(400).body("errors.email[0]", equalTo("is already a member of this flow"));
        as(MIKE).get(INVITATIONS).then().body("", hasSize(1));
    }

    @Test
    void importingAddsKnownPeopleAndInvitesTheRest() {
        as(MIKE).contentType(ContentType.JSON)
                .body("{\"list\":\"new@example.com, \\\"Joe Smith\\\" <joe@example.com>\\nbroken@@example\",\"message\":\"Welcome\"}")
                .post(INVITATIONS + "/import").then().statusCode(200)
                .body("invitations.email", contains("new@example.com"))
                .body("invitations[0].state", equalTo("pending"))
                .body("added_users.id", contains(9))
                .body("added_users[0].nick", equalTo("Joe"))
                .body("erroneous_emails", hasSize(1))
                .body("erroneous_emails[0].'broken@@example'", equalTo("Invalid email"));
        as(JOE).get("/flowdock/flows/acme/another-flow").then().statusCode(200).body("joined", equalTo(true));
        as(MIKE).contentType(ContentType.JSON).body("{}").post(INVITATIONS + "/import").then().statusCode(400)
                .body("errors.list[0]", equalTo("can't be blank"));
    }

    @Test
    void deletesPendingInvitationsOnly() {
        int pending = as(MIKE).get(INVITATIONS).then().extract().path("[0].id");
        as(MIKE).delete(INVITATIONS + "/" + (pending + 1)).then().statusCode(403)
                .body(equalTo("{\"message\":\"Only pending invitations can be deleted\"}"));
        as(MIKE).delete(INVITATIONS + "/" + pending).then().statusCode(204);
        as(MIKE).get(INVITATIONS).then().body("", hasSize(0));
        as(MIKE).delete(INVITATIONS + "/" + pending).then().statusCode(404);
    }

    @Test
    void onlyMembersSeeAFlowsInvitations() {
        as(JOE).get(INVITATIONS).then().statusCode(404);
    }
}
