package dev.teamgate.flowdock;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.http.ContentType;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MessagesServerTest extends FlowdockServerTest {

    static final String MY_FLOW = "/flowdock/flows/acme/my-flow/messages";
    static final String WAIT = "X-flowdock-wait-for-message";

    @BeforeEach
    void freezeTime() {
        clock.freeze(Instant.parse("2026-05-01T09:00:00Z"));
    }

    @Test
    void theDocsOwnExamplePostsToTheSeededFlow() {
        as(MIKE).contentType(ContentType.JSON).body("{\"event\":\"message\",\"content\":\"Hi all!\"}")
                .post("/flowdock/flows/organization/main/messages")
                .then().statusCode(202).header("Flowdock-User", "2").body(emptyString());
        as(MIKE).get("/flowdock/flows/organization/main/messages")
                .then().statusCode(200)
                .body("id", contains(1, 2))
                .body("[1].content", equalTo("Hi all!"))
                .body("[1].user", equalTo("2"))
                .body("[1].flow", equalTo("organization:main"));
    }

    @Test
    void waitingForTheMessageReturnsItWithTagsFromContentAndALinkToItsComments() {
        String body = as(JOE).header(WAIT, "true").contentType(ContentType.JSON)
                .body("{\"event\":\"message\",\"content\":\"Howdy-Doo @Mike #awesome see http://example.com\","
                        + "\"tags\":[\"todo\",\"#feedback\",\"@all\"],\"uuid\":\"9rOhL9RS-jhr8-YvFHRfhA\"}")
                .post(MY_FLOW)
                .then().statusCode(200)
                .header("Flowdock-User", "9")
                .header("Link", "<" + base() + "/flows/acme/my-flow/messages/45593/comments>; rel=\"comments\"")
                .contentType("application/json;charset=UTF-8")
                .extract().asString();
        assertMatches("message-posted-with-tags", body);
        String shown = as(JOE).get(MY_FLOW + "/45593").then().statusCode(200).extract().asString();
        assertMatches("message-posted-with-tags", shown);
    }

    @Test
    void formBodiesWorkWithTagsAsACommaSeparatedString() {
        as(MIKE).header(WAIT, "1").contentType(ContentType.URLENC)
                .formParam("event", "message").formParam("content", "from a form").formParam("tags", "a, #b,@Joe")
                .post(MY_FLOW)
                .then().statusCode(200)
                .body("content", equalTo("from a form"))
                .body("tags", contains(":unread:9", ":user:9", "a", "b"));
    }

    @Test
    void postMessagesTakesTheFlowAsAParameter() {
        as(MIKE).header(WAIT, "true").contentType(ContentType.JSON)
                .body("{\"flow\":\"deadbeefdeadbeef\",\"event\":\"status\",\"content\":\"Testing API\"}")
                .post("/flowdock/messages").then().statusCode(200)
                .body("id", equalTo(45593)).body("event", equalTo("status"));
        as(MIKE).get("/flowdock/flows/acme/my-flow").then().body("users[0].status", equalTo("Testing API"));
        as(MIKE).contentType(ContentType.JSON).body("{\"event\":\"message\",\"content\":\"where?\"}")
                .post("/flowdock/v1/messages").then().statusCode(400)
                .body(equalTo("{\"message\":\"Validation error\",\"errors\":{\"flow\":[\"can't be blank\"]}}"));
        as(MIKE).contentType(ContentType.JSON).body("{\"flow\":\"unknown\",\"event\":\"message\",\"content\":\"x\"}")
                .post("/flowdock/messages").then().statusCode(404).body(equalTo("{\"message\":\"Flow not found\"}"));
    }

    @Test
    void aRepeatedUuidStoresTheMessageOnce() {
        for (int i = 0; i < 2; i++) {
            as(MIKE).contentType(ContentType.JSON)
                    .body("{\"event\":\"message\",\"content\":\"once\",\"uuid\":\"same-uuid\"}")
                    .post(MY_FLOW).then().statusCode(202);
        }
        as(MIKE).get(MY_FLOW + "?search=once").then().body("id", contains(45593)).body("[0].uuid", equalTo("same-uuid"));
    }

    @Test
    void invalidMessagesAreValidationErrorsAndStoreNothing() {
        String tooLong = "x".repeat(8097);
        as(MIKE).contentType(ContentType.JSON).body("{\"event\":\"message\",\"content\":\"" + tooLong + "\"}")
                .post(MY_FLOW).then().statusCode(400)
                .body(equalTo("{\"message\":\"Validation error\",\"errors\":{\"content\":[\"is too long (maximum is 8096 characters)\"]}}"));
        as(MIKE).contentType(ContentType.JSON).body("{\"event\":\"message\",\"content\":\"\"}")
                .post(MY_FLOW).then().statusCode(400)
                .body(equalTo("{\"message\":\"Validation error\",\"errors\":{\"content\":[\"can't be blank\"]}}"));
        as(MIKE).contentType(ContentType.JSON).body("{\"content\":\"x\"}")
                .post(MY_FLOW).then().statusCode(400).body("errors.event[0]", equalTo("can't be blank"));
        as(MIKE).contentType(ContentType.JSON).body("{\"event\":\"shout\",\"content\":\"x\"}")
                .post(MY_FLOW).then().statusCode(400).body("errors.event[0]", equalTo("is not included in the list"));
        as(MIKE).contentType(ContentType.JSON).body("{\"event\":\"message\",\"content\":{\"a\":1}}")
                .post(MY_FLOW).then().statusCode(400).body("errors.content[0]", equalTo("is invalid"));
        as(MIKE).contentType(ContentType.JSON).body("{\"event\":\"message\",\"content\":\"x\",\"tags\":[{\"a\":1}]}")
                .post(MY_FLOW).then().statusCode(400).body("errors.tags[0]", equalTo("is invalid"));
        as(MIKE).contentType(ContentType.JSON).body("{\"event\":\"message\",\"content\":\"x\",\"uuid\":\"" + "u".repeat(101) + "\"}")
                .post(MY_FLOW).then().statusCode(400).body("errors.uuid[0]", equalTo("is too long (maximum is 100 characters)"));
        as(MIKE).contentType(ContentType.JSON).body("{\"event\":\"comment\",\"content\":\"x\"}")
                .post(MY_FLOW).then().statusCode(400).body("errors.event[0]",
                        equalTo("comment is posted to /comments or /flows/:organization/:flow/messages/:message/comments"));
        as(MIKE).get(MY_FLOW).then().body("id", contains(45590, 45591, 45592));
    }

    @Test
    void malformedBodiesAndUnknownContentTypesAreRefused() {
        as(MIKE).contentType(ContentType.JSON).body("{\"event\": ").post(MY_FLOW)
                .then().statusCode(400).body(equalTo("{\"message\":\"The request body is not valid JSON\"}"));
        as(MIKE).contentType(ContentType.JSON).body("[1,2]").post(MY_FLOW)
                .then().statusCode(400).body(equalTo("{\"message\":\"The request body must be a JSON object\"}"));
        as(MIKE).contentType(ContentType.TEXT).body("event=message").post(MY_FLOW)
                .then().statusCode(415).body("message", equalTo(
                        "Content-Type must be application/json, application/x-www-form-urlencoded or multipart/form-data"));
        as(MIKE).get(MY_FLOW).then().body("id", contains(45590, 45591, 45592));
    }

    @Test
    void onlyMembersPostAndRead() {
        as(STEVIE).contentType(ContentType.JSON).body("{\"event\":\"message\",\"content\":\"hi\"}").post(MY_FLOW)
                .then().statusCode(403).body(equalTo("{\"message\":\"You have not joined this flow\"}"));
        as(STEVIE).get(MY_FLOW).then().statusCode(403);
        as(JOE).get("/flowdock/flows/acme/another-flow/messages").then().statusCode(404);
    }

    @Test
    void listsAscendingWithTheNewestByDefault() {
        String body = as(MIKE).get(MY_FLOW).then().statusCode(200).extract().asString();
        assertMatches("messages-my-flow", body);
        as(MIKE).get(MY_FLOW + "?limit=2").then().body("id", contains(45591, 45592));
        as(MIKE).get(MY_FLOW + "?limit=2&sort=asc").then().body("id", contains(45590, 45591));
        as(MIKE).get(MY_FLOW + "?limit=1").then().body("id", contains(45592));
    }

    @Test
    void sinceIdAndUntilIdAreExclusive() {
        as(MIKE).get(MY_FLOW + "?since_id=45590").then().body("id", contains(45591, 45592));
        as(MIKE).get(MY_FLOW + "?until_id=45592").then().body("id", contains(45590, 45591));
        as(MIKE).get(MY_FLOW + "?since_id=45590&until_id=45592").then().body("id", contains(45591));
        as(MIKE).get(MY_FLOW + "?since_id=45592").then().body("", hasSize(0));
        as(MIKE).get(MY_FLOW + "?since_id=abc").then().statusCode(400)
                .body(equalTo("{\"message\":\"Validation error\",\"errors\":{\"since_id\":[\"is not a number\"]}}"));
    }

    @Test
    void theLimitMustBeBetweenOneAndOneHundred() {
        as(MIKE).get(MY_FLOW + "?limit=0").then().statusCode(400)
                .body(equalTo("{\"message\":\"Validation error\",\"errors\":{\"limit\":[\"must be between 1 and 100\"]}}"));
        as(MIKE).get(MY_FLOW + "?limit=101").then().statusCode(400);
        as(MIKE).get(MY_FLOW + "?limit=100").then().statusCode(200).body("", hasSize(3));
        as(MIKE).get(MY_FLOW + "?sort=sideways").then().statusCode(400).body("errors.sort[0]", equalTo("must be asc or desc"));
    }

    @Test
    void theDefaultLimitIsThirty() {
        for (int i = 0; i < 31; i++) {
            as(MIKE).contentType(ContentType.JSON).body("{\"event\":\"message\",\"content\":\"n" + i + "\"}")
                    .post(MY_FLOW).then().statusCode(202);
        }
        as(MIKE).get(MY_FLOW).then().body("", hasSize(30)).body("[0].id", equalTo(45594)).body("[29].id", equalTo(45623));
    }

    @Test
    void filtersByEventTagsAndSearch() {
        as(MIKE).get(MY_FLOW + "?event=status").then().body("id", contains(45592));
        as(MIKE).get(MY_FLOW + "?event=status,message").then().body("id", contains(45590, 45591, 45592));
        as(MIKE).get(MY_FLOW + "?tags=todo").then().body("id", contains(45591));
        as(MIKE).get(MY_FLOW + "?tags=@mike").then().body("id", contains(45591));
        as(MIKE).get(MY_FLOW + "?tags=TODO,:url").then().body("id", contains(45591));
        as(MIKE).get(MY_FLOW + "?tags=todo,nothing").then().body("", hasSize(0));
        as(MIKE).get(MY_FLOW + "?tags=todo,nothing&tag_mode=or").then().body("id", contains(45591));
        as(MIKE).queryParam("search", "hello WORLD").get(MY_FLOW).then().body("id", contains(45590));
        as(MIKE).queryParam("search", "hello mars").get(MY_FLOW).then().body("", hasSize(0));
        as(MIKE).get(MY_FLOW + "?tag_mode=xor&tags=a").then().statusCode(400);
    }

    @Test
    void searchMatchesWholeKeywordsNotSubstrings() {
        as(MIKE).queryParam("search", "ell").get(MY_FLOW).then().body("", hasSize(0));
        as(MIKE).queryParam("search", "hello").get(MY_FLOW).then().body("id", contains(45590));
        for (String content : new String[] {"Build 13 passed", "Ticket #3, e-mail (urgent)!"}) {
            as(MIKE).contentType("application/json").body("{\"event\":\"message\",\"content\":\"" + content + "\"}")
                    .post(MY_FLOW).then().statusCode(202);
        }
        as(MIKE).queryParam("search", "3").get(MY_FLOW).then().body("content", contains("Ticket #3, e-mail (urgent)!"));
        as(MIKE).queryParam("search", "13").get(MY_FLOW).then().body("content", contains("Build 13 passed"));
        as(MIKE).queryParam("search", "e-mail URGENT").get(MY_FLOW).then().body("content", contains("Ticket #3, e-mail (urgent)!"));
        as(MIKE).queryParam("search", "urg").get(MY_FLOW).then().body("", hasSize(0));
    }

    @Test
    void unknownMessagesAreNotFound() {
        as(MIKE).get(MY_FLOW + "/1").then().statusCode(404).body(equalTo("{\"message\":\"Message not found\"}"));
        as(MIKE).get(MY_FLOW + "/abc").then().statusCode(404);
    }

    @Test
    void onlyTheAuthorEditsContentButAnyoneEditsTags() {
        as(JOE).contentType(ContentType.JSON).body("{\"content\":\"Goodbye World\"}").put(MY_FLOW + "/45590")
                .then().statusCode(403)
                .body(equalTo("{\"message\":\"Only the content of your own messages and comments can be changed\"}"));
        as(MIKE).contentType(ContentType.JSON).body("{\"content\":\"Hello Teamgate\"}").put(MY_FLOW + "/45590")
                .then().statusCode(200).body(equalTo("{}"));
        // rest.md says updates use PATCH, the endpoint pages say PUT: both work
        as(JOE).contentType(ContentType.JSON).body("{\"tags\":[\"#greeting\",\"@Marty\"]}").patch(MY_FLOW + "/45590")
                .then().statusCode(200).body(equalTo("{}"));
        as(MIKE).get(MY_FLOW + "/45590").then()
                .body("content", equalTo("Hello Teamgate"))
                .body("edited", equalTo(1777626000000L))
                .body("tags", contains(":unread:16", ":user:16", "greeting"));
        as(MIKE).get(MY_FLOW + "?since_id=45592").then()
                .body("event", contains("message-edit", "tag-change"))
                .body("[0].content.message", equalTo(45590))
                .body("[0].content.updated_content", equalTo("Hello Teamgate"))
                .body("[0].user", equalTo("2"))
                .body("[1].content.add", contains(":unread:16", ":user:16", "greeting"))
                .body("[1].content.remove", hasSize(0))
                .body("[1].user", equalTo("9"));
    }

    @Test
    void deletingFollowsTheDocumentedOwnershipRules() {
        as(JOE).delete(MY_FLOW + "/45590").then().statusCode(403);
        as(MIKE).delete(MY_FLOW + "/45590").then().statusCode(200).body(equalTo("{}"));
        as(MIKE).get(MY_FLOW + "/45590").then().statusCode(200).body("content", equalTo(""));
        // a team inbox item is removed outright, by anyone who can see it
        as(STEVIE).delete("/flowdock/flows/acme/another-flow/messages/3838422").then().statusCode(204).body(emptyString());
        as(STEVIE).get("/flowdock/flows/acme/another-flow/messages/3838422").then().statusCode(404);
        as(MIKE).delete("/flowdock/flows/acme/another-flow/messages/3838423").then().statusCode(403);
    }

    @Test
    void commentsQuoteTheirParentAndTagIt() {
        as(JOE).header(WAIT, "true").contentType(ContentType.JSON).body("{\"content\":\"Nice one\"}")
                .post(MY_FLOW + "/45590/comments")
                .then().statusCode(200)
                .body("event", equalTo("comment"))
                .body("content.title", equalTo("Hello World"))
                .body("content.text", equalTo("Nice one"))
                .body("tags", contains("influx:45590"));
        as(JOE).contentType(ContentType.JSON)
                .body("{\"flow\":\"deadbeefdeadbeef\",\"message\":45590,\"event\":\"comment\",\"content\":\"Again\"}")
                .post("/flowdock/comments").then().statusCode(202);
        as(MIKE).get(MY_FLOW + "?event=comment").then().body("content.text", contains("Nice one", "Again"));
        // the parent must not itself be a comment
        as(JOE).contentType(ContentType.JSON).body("{\"content\":\"nested\"}").post(MY_FLOW + "/45593/comments")
                .then().statusCode(400)
                .body(equalTo("{\"message\":\"Validation error\",\"errors\":{\"message\":[\"can't be a comment\"]}}"));
        as(JOE).contentType(ContentType.JSON).body("{\"content\":\"orphan\"}").post(MY_FLOW + "/1/comments")
                .then().statusCode(404);
    }

    @Test
    void threadMessagesListAndPostInTheirThread() {
        String another = "/flowdock/flows/acme/another-flow";
        String body = as(STEVIE).get(another + "/messages").then().statusCode(200).extract().asString();
        assertMatches("messages-another-flow", body);
        as(STEVIE).header(WAIT, "true").contentType(ContentType.JSON).body("{\"event\":\"message\",\"content\":\"LGTM\"}")
                .post(another + "/threads/x6BAmK_UPxKvtOSj1egQiVUma0s/messages")
                .then().statusCode(200)
                .body("thread_id", equalTo("x6BAmK_UPxKvtOSj1egQiVUma0s"))
                .body("thread.internal_comments", equalTo(2))
                .body("thread.updated_at", equalTo("2026-05-01T09:00:00.000Z"));
        as(STEVIE).get(another + "/threads/x6BAmK_UPxKvtOSj1egQiVUma0s/messages")
                .then().body("id", contains(3838422, 3838423, 3838424));
        as(STEVIE).get(another + "/threads/nope/messages").then().statusCode(404)
                .body(equalTo("{\"message\":\"Thread not found\"}"));
    }

    @Test
    void postingAsAnExternalUserHidesTheAccount() {
        as(MIKE).header(WAIT, "true").contentType(ContentType.JSON)
                .body("{\"event\":\"message\",\"content\":\"beep\",\"external_user_name\":\"CI\"}")
                .post(MY_FLOW).then().statusCode(200)
                .body("user", equalTo("0")).body("external_user_name", equalTo("CI"));
    }

    @Test
    void aFileMessagesPathDownloadsTheFileForMembersOfTheFlow() {
        String path = as(MIKE).header(WAIT, "true").contentType(ContentType.JSON)
                .body("{\"event\":\"file\",\"content\":{\"data\":\"aGVsbG8=\",\"content_type\":\"text/plain\",\"file_name\":\"hello.txt\"}}")
                .post(MY_FLOW).then().statusCode(200).extract().path("content.path");
        org.assertj.core.api.Assertions.assertThat(path).matches("/files/[^/]+/[0-9a-f]{32}/hello\\.txt");
        as(JOE).get("/flowdock" + path).then().statusCode(200)
                .header("Content-Type", org.hamcrest.Matchers.startsWith("text/plain"))
                .header("Content-Disposition", "inline; filename=\"hello.txt\"; filename*=UTF-8''hello.txt")
                .body(equalTo("hello"));
        as(JOE).get("/flowdock/v1" + path).then().statusCode(200).body(equalTo("hello"));
        // not a member of my-flow, a wrong name, no credentials
        as(STEVIE).get("/flowdock" + path).then().statusCode(404).body(equalTo("{\"message\":\"File not found\"}"));
        as(JOE).get("/flowdock" + path.replace("hello.txt", "other.txt")).then().statusCode(404);
        given().get("/flowdock" + path).then().statusCode(401);
    }

    @Test
    void filesUploadAsBase64JsonOrMultipart() {
        as(MIKE).header(WAIT, "true").contentType(ContentType.JSON)
                .body("{\"event\":\"file\",\"content\":{\"data\":\"aGVsbG8=\",\"content_type\":\"text/plain\",\"file_name\":\"hello.txt\"}}")
                .post(MY_FLOW).then().statusCode(200)
                .body("event", equalTo("file"))
                .body("content.file_name", equalTo("hello.txt"))
                .body("content.file_size", equalTo(5))
                .body("content.content_type", equalTo("text/plain"))
                .body("attachments[0].file_name", equalTo("hello.txt"))
                .body("tags", contains(":file"));
        as(MIKE).header(WAIT, "true").multiPart("event", "file")
                .multiPart("content", "report.csv", "a,b\n1,2\n".getBytes(), "text/csv")
                .post(MY_FLOW).then().statusCode(200)
                .body("content.file_name", equalTo("report.csv"))
                .body("content.file_size", equalTo(8));
        as(MIKE).contentType(ContentType.JSON)
                .body("{\"event\":\"file\",\"content\":{\"data\":\"***\",\"file_name\":\"x\"}}")
                .post(MY_FLOW).then().statusCode(400).body("errors.'content.data'[0]", equalTo("is not valid Base64"));
        // your own file is removed outright
        as(MIKE).delete(MY_FLOW + "/45593").then().statusCode(204);
    }

    @Test
    void aSourcePostsAThreadedActivityWithItsFlowToken() {
        given().contentType(ContentType.JSON).header(WAIT, "true")
                .body("{\"flow_token\":\"" + SOURCE_TOKEN + "\",\"event\":\"activity\","
                        + "\"author\":{\"name\":\"anttipitkanen\"},\"title\":\"Opened pull request\","
                        + "\"external_thread_id\":\"github:component:pr:43\","
                        + "\"thread\":{\"title\":\"Add streaming\",\"status\":{\"color\":\"green\",\"value\":\"open\"},"
                        + "\"fields\":[{\"label\":\"repo\",\"value\":\"component\"}]}}")
                .post("/flowdock/messages")
                .then().statusCode(200)
                .header("Flowdock-User", nullValue())
                .body("event", equalTo("activity"))
                .body("user", equalTo("0"))
                .body("app", equalTo("influx"))
                .body("content", nullValue())
                .body("title", equalTo("Opened pull request"))
                .body("author.name", equalTo("anttipitkanen"))
                .body("thread.title", equalTo("Add streaming"))
                .body("thread.status.value", equalTo("open"))
                .body("thread.source.application", equalTo("Zendesk"))
                .body("thread.activities", equalTo(1));
        // the same external thread id updates the same thread
        given().contentType(ContentType.URLENC)
                .formParam("flow_token", SOURCE_TOKEN).formParam("event", "discussion")
                .formParam("author[name]", "reviewer").formParam("title", "commented")
                .formParam("external_thread_id", "github:component:pr:43")
                .formParam("thread[status][color]", "red").formParam("thread[status][value]", "changes requested")
                .post("/flowdock/messages").then().statusCode(202);
        as(MIKE).get(MY_FLOW + "?event=activity,discussion").then()
                .body("thread_id[0]", equalTo(as(MIKE).get(MY_FLOW + "?event=discussion").then().extract().path("[0].thread_id")))
                .body("[1].thread.status.value", equalTo("changes requested"))
                .body("[1].thread.external_comments", equalTo(1));
    }

    @Test
    void activitiesNeedTitleAuthorAndThread() {
        given().contentType(ContentType.JSON)
                .body("{\"flow_token\":\"" + SOURCE_TOKEN + "\",\"event\":\"activity\",\"author\":{\"name\":\"a\"},\"title\":\"t\"}")
                .post("/flowdock/messages").then().statusCode(400)
                .body(equalTo("{\"message\":\"Validation error\",\"errors\":{\"thread_id\":[\"can't be blank\"],"
                        + "\"external_thread_id\":[\"can't be blank\"]}}"));
        given().contentType(ContentType.JSON)
                .body("{\"flow_token\":\"" + SOURCE_TOKEN + "\",\"event\":\"activity\",\"title\":\"t\",\"external_thread_id\":\"x\"}")
                .post("/flowdock/messages").then().statusCode(400).body("errors.author[0]", equalTo("can't be blank"));
        given().contentType(ContentType.JSON)
                .body("{\"flow_token\":\"" + SOURCE_TOKEN + "\",\"event\":\"activity\",\"title\":\"t\",\"author\":{\"name\":\"a\"},\"external_thread_id\":\"new\"}")
                .post("/flowdock/messages").then().statusCode(400).body("errors.'thread.title'[0]", equalTo("can't be blank"));
        given().contentType(ContentType.JSON)
                .body("{\"flow_token\":\"" + SOURCE_TOKEN + "\",\"event\":\"activity\",\"title\":\"t\",\"author\":{\"name\":\"a\"},"
                        + "\"external_thread_id\":\"new\",\"thread\":{\"title\":\"T\",\"status\":{\"color\":\"pink\"}}}")
                .post("/flowdock/messages").then().statusCode(400)
                .body("errors.'thread.status.color'[0]", equalTo("is not included in the list"));
        as(MIKE).get(MY_FLOW).then().body("id", not(hasItem(45593)));
    }

    @Test
    void flowTokensOfRemovedSourcesAreGoneAndUnknownOnesUnauthorized() {
        given().contentType(ContentType.JSON)
                .body("{\"flow_token\":\"" + REMOVED_SOURCE_TOKEN + "\",\"event\":\"message\",\"content\":\"x\"}")
                .post("/flowdock/messages").then().statusCode(410)
                .body(equalTo("{\"message\":\"The source of this flow_token has been removed\"}"));
        given().contentType(ContentType.JSON)
                .post("/flowdock/messages?flow_token=" + REMOVED_SOURCE_TOKEN).then().statusCode(410);
        given().contentType(ContentType.JSON)
                .body("{\"flow_token\":\"nope\",\"event\":\"message\",\"content\":\"x\"}")
                .post("/flowdock/messages").then().statusCode(401).body(equalTo("{\"message\":\"Invalid flow_token\"}"));
        given().contentType(ContentType.JSON).body("{\"event\":\"message\",\"content\":\"x\"}")
                .post("/flowdock/messages").then().statusCode(401)
                .body(equalTo("{\"message\":\"Authentication required\"}"));
    }

    @Test
    void aSourceMayPostChatMessagesWithAQueryToken() {
        given().contentType(ContentType.JSON).header(WAIT, "true")
                .body("{\"event\":\"message\",\"content\":\"Build passed\",\"external_user_name\":\"CI\"}")
                .post("/flowdock/messages?flow_token=" + SOURCE_TOKEN)
                .then().statusCode(200)
                .body("user", equalTo("0")).body("external_user_name", equalTo("CI")).body("app", equalTo("chat"));
    }
}
