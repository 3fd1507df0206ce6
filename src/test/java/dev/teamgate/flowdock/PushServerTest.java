package dev.teamgate.flowdock;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** The deprecated push API, as the Ruby gem and the Jenkins plugin call it. */
class PushServerTest extends FlowdockServerTest {

    static final String OTHER_PUSH_TOKEN = "c0ffeec0ffeec0ffeec0ffeec0ffee02";

    @Test
    void postsAChatMessageAsAnExternalUser() {
        given().contentType(ContentType.URLENC)
                .formParam("content", "Build #42 passed").formParam("external_user_name", "Jenkins")
                .formParam("tags", "ci,#green")
                .post("/flowdock/v1/messages/chat/" + PUSH_TOKEN)
                .then().statusCode(200).contentType(ContentType.JSON).body(equalTo("{}"));
        as(MIKE).get("/flowdock/flows/acme/my-flow/messages?limit=1").then()
                .body("[0].content", equalTo("Build #42 passed"))
                .body("[0].user", equalTo("0"))
                .body("[0].external_user_name", equalTo("Jenkins"))
                .body("[0].tags", contains("42", "ci", "green"));
    }

    @Test
    void theJournalShowsPushTokensByPrefixOnly() {
        given().contentType(ContentType.JSON).body("{\"content\":\"hi\",\"external_user_name\":\"bot\"}")
                .post("/flowdock/v1/messages/chat/" + PUSH_TOKEN).then().statusCode(200);
        given().get("/_admin/requests?vendor=flowdock&method=POST").then()
                .body("requests[0].path", equalTo("/flowdock/v1/messages/chat/" + PUSH_TOKEN.substring(0, 10) + "…"));
    }

    @Test
    void postsToEveryFlowOfACommaSeparatedTokenList() {
        given().contentType(ContentType.JSON).body("{\"content\":\"everywhere\",\"external_user_name\":\"bot\"}")
                .post("/flowdock/v1/messages/chat/" + PUSH_TOKEN + "," + OTHER_PUSH_TOKEN).then().statusCode(200);
        as(MIKE).get("/flowdock/flows/acme/my-flow/messages?limit=1").then().body("content", contains("everywhere"));
        as(MIKE).get("/flowdock/flows/acme/another-flow/messages?limit=1").then().body("content", contains("everywhere"));
    }

    @Test
    void aMessageIdMakesAComment() {
        given().contentType(ContentType.JSON)
                .body("{\"content\":\"re\",\"external_user_name\":\"bot\",\"message_id\":45590}")
                .post("/flowdock/v1/messages/chat/" + PUSH_TOKEN).then().statusCode(200);
        as(MIKE).get("/flowdock/flows/acme/my-flow/messages?limit=1").then()
                .body("[0].event", equalTo("comment")).body("[0].tags", contains("influx:45590"));
    }

    @Test
    void chatNeedsContentAndAnExternalUserName() {
        given().contentType(ContentType.JSON).body("{\"external_user_name\":\"foobar\",\"content\":\"\"}")
                .post("/flowdock/v1/messages/chat/" + PUSH_TOKEN).then().statusCode(400)
                .body(equalTo("{\"message\":\"Validation error\",\"errors\":{\"content\":[\"can't be blank\"]}}"));
        given().contentType(ContentType.JSON).body("{\"content\":\"x\"}")
                .post("/flowdock/v1/messages/chat/" + PUSH_TOKEN).then().statusCode(400)
                .body("errors.external_user_name[0]", equalTo("can't be blank"));
        given().contentType(ContentType.JSON).body("{\"content\":\"x\",\"external_user_name\":\"a\"}")
                .post("/flowdock/v1/messages/chat/" + PUSH_TOKEN + ",nope").then().statusCode(401)
                .body(equalTo("{\"message\":\"Invalid flow_token\"}"));
        given().contentType(ContentType.JSON).body("{\"content\":\"x\",\"external_user_name\":\"a\"}")
                .post("/flowdock/v1/messages/chat/" + REMOVED_SOURCE_TOKEN).then().statusCode(410);
        as(MIKE).get("/flowdock/flows/acme/my-flow/messages").then().body("id", contains(45590, 45591, 45592));
    }

    @Test
    void postsATeamInboxItemTaggedWithItsSource() {
        given().contentType(ContentType.JSON)
                .body("{\"source\":\"News digest service\",\"from_address\":\"news@example.com\",\"subject\":\"Daily digest\","
                        + "\"content\":\"Interesting news of today\",\"tags\":[\"news\",\"#digest\",\"@all\"],"
                        + "\"link\":\"http://www.flowdock.com/\"}")
                .post("/flowdock/v1/messages/team_inbox/" + PUSH_TOKEN)
                .then().statusCode(200).body(equalTo("{}"));
        as(MIKE).get("/flowdock/flows/acme/my-flow/messages?event=mail").then()
                .body("", hasSize(1))
                .body("[0].app", equalTo("influx"))
                .body("[0].content.subject", equalTo("Daily digest"))
                .body("[0].content.from[0].address", equalTo("news@example.com"))
                .body("[0].content.link", equalTo("http://www.flowdock.com/"))
                .body("[0].tags", contains(":source:news-digest-service", ":unread:16", ":unread:2", ":unread:9",
                        ":user:everyone", "digest", "news"));
    }

    @Test
    void teamInboxItemsNeedTheirFields() {
        given().contentType(ContentType.URLENC).formParam("source", "CI").formParam("subject", "s").formParam("content", "c")
                .post("/flowdock/v1/messages/team_inbox/" + PUSH_TOKEN).then().statusCode(400)
                .body(equalTo("{\"message\":\"Validation error\",\"errors\":{\"from_address\":[\"can't be blank\"]}}"));
        given().contentType(ContentType.URLENC).formParam("source", "C.I.").formParam("from_address", "a@b.co")
                .formParam("subject", "s").formParam("content", "c")
                .post("/flowdock/v1/messages/team_inbox/" + PUSH_TOKEN).then().statusCode(400)
                .body("errors.source[0]", equalTo("may only contain letters, numbers, underscores and spaces"));
        given().post("/flowdock/v1/messages/team_inbox/" + PUSH_TOKEN).then().statusCode(400)
                .body("errors.source[0]", equalTo("can't be blank"));
        given().contentType(ContentType.TEXT).body("hello")
                .post("/flowdock/v1/messages/team_inbox/" + PUSH_TOKEN).then().statusCode(415);
        as(MIKE).get("/flowdock/flows/acme/my-flow/messages?event=mail").then().body("", hasSize(0));
    }
}
