package dev.teamgate.platform.server;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import dev.teamgate.support.ServerTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

/**
 * For each vendor's create, update and delete calls, the very next read sees the write. Every
 * read is made once before the write too, so an answer kept from before the write would show.
 */
class ReadAfterWriteServerTest extends ServerTest {

    static final String TICKETS = "/commflow/v1/tickets";
    static final String MY_FLOW = "/flowdock/flows/acme/my-flow";
    static final String STEVEN = "/teamfluence/external/2f6b1c3e-8a4d-4e5f-9b7a-1c2d3e4f5a6b";

    static RequestSpecification commflow() {
        return given().header("Authorization", "Bearer sk_live_xxxxx").contentType(ContentType.JSON);
    }

    static RequestSpecification flowdock() {
        // X-flowdock-wait-for-message: answer with the stored message (not an empty 202).
        return given().auth().preemptive().basic("deadbeefdeadbeef", "").contentType(ContentType.JSON)
                .header("X-flowdock-wait-for-message", "true");
    }

    @Test
    void commFlowTicketsAreSeenCreatedUpdatedAndDeleted() {
        commflow().get(TICKETS).then().statusCode(200).body("meta.total_count", equalTo(3));
        String id = commflow().body("{\"subject\":\"Printer on fire\"}").post(TICKETS)
                .then().statusCode(201).extract().path("data.id");
        commflow().get(TICKETS).then().body("meta.total_count", equalTo(4)).body("data.id", hasItem(id));
        commflow().get(TICKETS + "/" + id).then().statusCode(200).body("data.subject", equalTo("Printer on fire"));

        commflow().body("{\"subject\":\"Printer fixed\",\"status\":\"resolved\"}").patch(TICKETS + "/" + id)
                .then().statusCode(200);
        commflow().get(TICKETS + "/" + id).then().body("data.subject", equalTo("Printer fixed"))
                .body("data.status", equalTo("resolved"));

        commflow().delete(TICKETS + "/" + id).then().statusCode(204);
        commflow().get(TICKETS + "/" + id).then().statusCode(404);
        commflow().get(TICKETS).then().body("meta.total_count", equalTo(3)).body("data.id", not(hasItem(id)));
    }

    @Test
    void commFlowContactsConversationsMessagesAndWebhooksAreSeenAtOnce() {
        commflow().get("/commflow/v1/contacts?email=nina@new.example").then().body("meta.total_count", equalTo(0));
        String contact = commflow().body("{\"name\":\"Nina New\",\"email\":\"nina@new.example\"}")
                .post("/commflow/v1/contacts").then().statusCode(201).extract().path("data.id");
        commflow().get("/commflow/v1/contacts?email=nina@new.example").then().body("meta.total_count", equalTo(1));
        commflow().body("{\"name\":\"Nina Renamed\"}").patch("/commflow/v1/contacts/" + contact).then().statusCode(200);
        commflow().get("/commflow/v1/contacts/" + contact).then().body("data.name", equalTo("Nina Renamed"));
        commflow().delete("/commflow/v1/contacts/" + contact).then().statusCode(204);
        commflow().get("/commflow/v1/contacts/" + contact).then().statusCode(404);

        String messages = "/commflow/v1/conversations/conv_123/messages";
        int before = commflow().get(messages).then().statusCode(200).extract().path("meta.total_count");
        commflow().body("{\"body\":\"Hello, how can I help?\",\"type\":\"comment\"}").post(messages)
                .then().statusCode(201);
        commflow().get(messages).then().body("meta.total_count", equalTo(before + 1))
                .body("data.body", hasItem("Hello, how can I help?"));

        commflow().get("/commflow/v1/webhooks").then().body("data.url", not(hasItem("https://hooks.example/x")));
        String hook = commflow().body("{\"url\":\"https://hooks.example/x\",\"events\":[\"*\"],\"secret\":\"export-secret\"}")
                .post("/commflow/v1/webhooks").then().statusCode(201).extract().path("data.id");
        commflow().get("/commflow/v1/webhooks").then().body("data.url", hasItem("https://hooks.example/x"));
        commflow().delete("/commflow/v1/webhooks/" + hook).then().statusCode(204);
        commflow().get("/commflow/v1/webhooks/" + hook).then().statusCode(404);
    }

    @Test
    void flowdockMessagesAreSeenPostedEditedAndDeleted() {
        flowdock().get(MY_FLOW + "/messages?limit=1").then().statusCode(200);
        int id = flowdock().body("{\"event\":\"message\",\"content\":\"fresh\"}").post(MY_FLOW + "/messages")
                .then().statusCode(200).extract().path("id");
        flowdock().get(MY_FLOW + "/messages?limit=1").then().body("[0].id", equalTo(id))
                .body("[0].content", equalTo("fresh"));

        flowdock().body("{\"content\":\"edited\"}").put(MY_FLOW + "/messages/" + id).then().statusCode(200);
        flowdock().get(MY_FLOW + "/messages/" + id).then().statusCode(200).body("content", equalTo("edited"));

        // Flowdock empties your own chat message and keeps it in the history (200, not 204)
        given().auth().preemptive().basic("deadbeefdeadbeef", "").delete(MY_FLOW + "/messages/" + id)
                .then().statusCode(200);
        flowdock().get(MY_FLOW + "/messages/" + id).then().statusCode(200).body("content", equalTo(""));
    }

    @Test
    void flowdockFlowsAndInvitationsAreSeenChangedAtOnce() {
        flowdock().get(MY_FLOW).then().statusCode(200).body("name", not(equalTo("Renamed flow")));
        flowdock().body("{\"name\":\"Renamed flow\"}").put(MY_FLOW).then().statusCode(200);
        flowdock().get(MY_FLOW).then().body("name", equalTo("Renamed flow"));

        flowdock().get(MY_FLOW + "/invitations").then().body("email", not(hasItem("someone@example.com")));
        int invitation = flowdock().body("{\"email\":\"someone@example.com\",\"message\":\"Join us\"}")
                .post(MY_FLOW + "/invitations").then().statusCode(201).extract().path("id");
        flowdock().get(MY_FLOW + "/invitations").then().body("email", hasItem("someone@example.com"));
        given().auth().preemptive().basic("deadbeefdeadbeef", "").delete(MY_FLOW + "/invitations/" + invitation)
                .then().statusCode(204);
        flowdock().get(MY_FLOW + "/invitations/" + invitation).then().statusCode(404);
    }

    @Test
    void aTalkToMeAbsenceIsSeenOnceSet() {
        String key = given().get("/_admin/credentials?vendor=talktome").jsonPath().getString("talktome[0].todayKey");
        RequestSpecification company = given().queryParam("companyId", "JSOM3ACS72QAJ2I1IM1D5VNFGR").queryParam("key", key);
        String before = company.queryParam("email", "jane.roe@company-ltd.example").get("/talktome/api/person-info")
                .then().statusCode(200).extract().asString();
        assertThat(before).doesNotContain("2031-08-10");
        given().queryParam("companyId", "JSOM3ACS72QAJ2I1IM1D5VNFGR").queryParam("key", key)
                .queryParam("accountEmail", "jane.roe@company-ltd.example")
                .queryParam("awayFrom", "2031-08-10").queryParam("awayUntil", "2031-08-14")
                .post("/talktome/api/out-of-office").then().statusCode(200);
        String after = given().queryParam("companyId", "JSOM3ACS72QAJ2I1IM1D5VNFGR").queryParam("key", key)
                .queryParam("email", "jane.roe@company-ltd.example").get("/talktome/api/person-info")
                .then().statusCode(200).extract().asString();
        assertThat(after).contains("2031-08-10");
    }

    @Test
    void aStackfieldChatWebhookIsSeenInTheStateAtOnce() {
        String before = given().get("/_admin/fixtures?workspace=stackfield/demo").asString();
        assertThat(before).doesNotContain("Build 42 passed");
        given().contentType(ContentType.JSON).body("{\"Title\":\"Build 42 passed\"}")
                .post("/stackfield/apiwh/e5a1cfbd-970e-45a1-b81c-3e004f9bdab5")
                .then().statusCode(200).body(equalTo("{\"Result\":\"ok\"}"));
        assertThat(given().get("/_admin/fixtures?workspace=stackfield/demo").asString()).contains("Build 42 passed");
    }

    @Test
    void aRotatedTeamfluenceKeyIsRefusedOnTheVeryNextCall() {
        String old = "Bearer tfk_growth_steven_owner_key";
        given().header("Authorization", old).get(STEVEN + "/posts").then().statusCode(200);
        given().header("Authorization", old).get(STEVEN + "/posts").then().statusCode(200);
        String fresh = given().post("/_admin/teamfluence/profiles/2f6b1c3e-8a4d-4e5f-9b7a-1c2d3e4f5a6b/rotate-key")
                .then().statusCode(200).extract().path("apiKey");
        given().header("Authorization", old).get(STEVEN + "/posts").then().statusCode(401);
        given().header("Authorization", "Bearer " + fresh).get(STEVEN + "/posts").then().statusCode(200);
    }
}
