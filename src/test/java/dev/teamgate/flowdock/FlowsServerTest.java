package dev.teamgate.flowdock;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.http.ContentType;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FlowsServerTest extends FlowdockServerTest {

    static final Instant NOW = Instant.parse("2026-05-01T09:00:00Z");

    @BeforeEach
    void freezeTime() {
        clock.freeze(NOW);
    }

    @Test
    void listsTheJoinedFlowsOfEveryOrganizationWithTheCallersIdInFlowdockUser() {
        String body = as(MIKE).get("/flowdock/flows")
                .then().statusCode(200)
                .header("Flowdock-User", "2")
                .contentType("application/json;charset=UTF-8")
                .extract().asString();
        assertMatches("flows-mike", body);
    }

    @Test
    void usersEqualsOneEmbedsEachFlowsUsers() {
        as(MIKE).get("/flowdock/flows?users=1").then().statusCode(200)
                .body("[0].users.nick", contains("Mike", "Joe", "Marty"))
                .body("[1].users.nick", contains("Mike", "Stevie"));
        as(MIKE).get("/flowdock/flows?users=0").then().statusCode(200).body("[0].users", nullValue());
        as(MIKE).get("/flowdock/flows?users=maybe").then().statusCode(400)
                .body(equalTo("{\"message\":\"Validation error\",\"errors\":{\"users\":[\"is not a boolean\"]}}"));
    }

    @Test
    void allFlowsAddsOrganizationWideFlowsNotYetJoined() {
        as(STEVIE).get("/flowdock/flows").then().statusCode(200).body("parameterized_name", contains("another-flow"));
        as(STEVIE).get("/flowdock/flows/all").then().statusCode(200)
                .body("parameterized_name", contains("my-flow", "another-flow"))
                .body("joined", contains(false, true))
                .body("open", contains(false, true))
                .body("unread_mentions", contains(0, 0));
    }

    @Test
    void aSingleFlowAlwaysCarriesItsUsers() {
        String body = as(MIKE).get("/flowdock/flows/acme/my-flow").then().statusCode(200)
                .header("Flowdock-User", "2").extract().asString();
        assertMatches("flow-my-flow", body);
    }

    @Test
    void findByIdAnswersTheSameFlow() {
        String byName = as(MIKE).get("/flowdock/flows/acme/my-flow").then().extract().asString();
        String byId = as(MIKE).get("/flowdock/flows/find?id=deadbeefdeadbeef").then().statusCode(200)
                .extract().asString();
        assertSameJson(byName, byId);
        as(MIKE).get("/flowdock/flows/find?id=organization:main").then().statusCode(200)
                .body("parameterized_name", equalTo("main"));
        as(MIKE).get("/flowdock/flows/find?id=nope").then().statusCode(404)
                .body(equalTo("{\"message\":\"Flow not found\"}"));
        as(MIKE).get("/flowdock/flows/find").then().statusCode(400)
                .body(equalTo("{\"message\":\"Validation error\",\"errors\":{\"id\":[\"can't be blank\"]}}"));
    }

    @Test
    void anOrganizationsPathListsOnlyItsJoinedFlows() {
        as(MIKE).get("/flowdock/flows/organization").then().statusCode(200).body("id", contains("organization:main"));
        as(JOE).get("/flowdock/flows/organization").then().statusCode(404)
                .body(equalTo("{\"message\":\"Organization not found\"}"));
    }

    @Test
    void flowsOutsideTheCallersReachAreNotFound() {
        // another-flow is invitation-only and Joe was not invited
        as(JOE).get("/flowdock/flows/acme/another-flow").then().statusCode(404)
                .body(equalTo("{\"message\":\"Flow not found\"}"));
        // Hubot belongs to another organization
        as(HUBOT).get("/flowdock/flows/acme/my-flow").then().statusCode(404);
        as(MIKE).get("/flowdock/flows/acme/no-such-flow").then().statusCode(404);
    }

    @Test
    void createsAFlowWithItsCreatorAsFirstMember() {
        as(JOE).contentType(ContentType.JSON).body("{\"name\":\"Release Team!\"}")
                .post("/flowdock/flows/acme")
                .then().statusCode(201).header("Flowdock-User", "9")
                .body("name", equalTo("Release Team!"))
                .body("parameterized_name", equalTo("release-team"))
                .body("access_mode", equalTo("invitation"))
                .body("joined", equalTo(true))
                .body("url", equalTo(base() + "/flows/acme/release-team"))
                .body("users.id", contains(9));
        as(JOE).get("/flowdock/flows").then().body("parameterized_name", contains("my-flow", "release-team"));
        // the same name again gets a distinct parameterized name
        as(JOE).contentType(ContentType.URLENC).formParam("name", "Release team")
                .post("/flowdock/flows/acme").then().statusCode(201)
                .body("parameterized_name", equalTo("release-team-2"));
    }

    @Test
    void aFlowNeedsANameOfAtMostOneHundredCharacters() {
        as(MIKE).contentType(ContentType.JSON).body("{}").post("/flowdock/flows/acme").then().statusCode(400)
                .body(equalTo("{\"message\":\"Validation error\",\"errors\":{\"name\":[\"can't be blank\"]}}"));
        as(MIKE).contentType(ContentType.JSON).body("{\"name\":\"" + "n".repeat(101) + "\"}")
                .post("/flowdock/flows/acme").then().statusCode(400)
                .body("errors.name[0]", equalTo("is too long (maximum is 100 characters)"));
        as(MIKE).contentType(ContentType.JSON).body("{\"name\":{\"x\":1}}")
                .post("/flowdock/flows/acme").then().statusCode(400).body("errors.name[0]", equalTo("is invalid"));
        as(MIKE).get("/flowdock/flows/acme").then().body("parameterized_name", contains("my-flow", "another-flow"));
    }

    @Test
    void onlyAdministratorsRenameDisableOrChangeAccess() {
        as(JOE).contentType(ContentType.JSON).body("{\"name\":\"Hijacked\"}").put("/flowdock/flows/acme/my-flow")
                .then().statusCode(403)
                .body(equalTo("{\"message\":\"Only administrators can change the name, access mode or disabled state of a flow\"}"));
        as(MIKE).contentType(ContentType.JSON).body("{\"name\":\"My new flow\",\"access_mode\":\"link\"}")
                .put("/flowdock/flows/acme/my-flow")
                .then().statusCode(200)
                .body("name", equalTo("My new flow"))
                .body("parameterized_name", equalTo("my-flow"))
                .body("access_mode", equalTo("link"))
                .body("users", nullValue());
        as(MIKE).contentType(ContentType.JSON).body("{\"access_mode\":\"everybody\"}")
                .put("/flowdock/flows/acme/my-flow").then().statusCode(400)
                .body("errors.access_mode[0]", equalTo("is not included in the list"));
        as(JOE).get("/flowdock/flows/acme/my-flow").then().body("name", equalTo("My new flow"));
    }

    @Test
    void closingAFlowClosesItOnlyForTheCaller() {
        as(JOE).get("/flowdock/flows/acme/my-flow").then().body("open", equalTo(true));
        as(MIKE).contentType(ContentType.JSON).body("{\"open\":false}").put("/flowdock/flows/acme/my-flow")
                .then().statusCode(200).body("open", equalTo(false));
        as(MIKE).get("/flowdock/flows/acme/my-flow").then().body("open", equalTo(false));
        as(JOE).get("/flowdock/flows/acme/my-flow").then().body("open", equalTo(true));
        as(MARTY).get("/flowdock/flows/acme/my-flow").then().body("open", equalTo(true));
    }

    @Test
    void openingAnOrganizationFlowJoinsIt() {
        as(STEVIE).contentType(ContentType.JSON).body("{\"open\":true}").put("/flowdock/flows/acme/my-flow")
                .then().statusCode(200).body("joined", equalTo(true)).body("open", equalTo(true));
        as(STEVIE).get("/flowdock/flows").then().body("parameterized_name", contains("my-flow", "another-flow"));
        as(STEVIE).get("/flowdock/flows/acme/my-flow/messages?limit=1")
                .then().statusCode(200)
                .body("[0].event", equalTo("action"))
                .body("[0].content.type", equalTo("join"))
                .body("[0].user", equalTo("42"));
    }

    @Test
    void aDisabledFlowDisappearsFromTheListAndTakesNoMessages() {
        as(MIKE).contentType(ContentType.URLENC).formParam("disabled", "true").put("/flowdock/flows/acme/my-flow")
                .then().statusCode(200);
        as(MIKE).get("/flowdock/flows").then().body("parameterized_name", contains("another-flow", "main"));
        as(MIKE).contentType(ContentType.JSON).body("{\"event\":\"message\",\"content\":\"anyone?\"}")
                .post("/flowdock/flows/acme/my-flow/messages")
                .then().statusCode(403).body(equalTo("{\"message\":\"This flow is disabled\"}"));
    }

    @Test
    void theV1AliasServesTheSamePaths() {
        String plain = as(MIKE).get("/flowdock/flows").then().extract().asString();
        String v1 = as(MIKE).get("/flowdock/v1/flows").then().statusCode(200).header("Flowdock-User", "2")
                .extract().asString();
        assertSameJson(plain, v1);
    }
}
