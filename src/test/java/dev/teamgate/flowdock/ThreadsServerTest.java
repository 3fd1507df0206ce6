package dev.teamgate.flowdock;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ThreadsServerTest extends FlowdockServerTest {

    static final String THREADS = "/flowdock/flows/acme/another-flow/threads";

    @BeforeEach
    void freezeTime() {
        clock.freeze(Instant.parse("2026-05-01T09:00:00Z"));
    }

    @Test
    void showsAThread() {
        String body = as(STEVIE).get(THREADS + "/x6BAmK_UPxKvtOSj1egQiVUma0s").then().statusCode(200).extract().asString();
        assertMatches("thread-x6", body);
        as(STEVIE).get(THREADS + "/nope").then().statusCode(404).body(equalTo("{\"message\":\"Thread not found\"}"));
    }

    @Test
    void listsThreadsMostRecentlyUpdatedFirst() {
        as(STEVIE).get(THREADS).then().statusCode(200).header("Link", nullValue())
                .body("id", contains("x6BAmK_UPxKvtOSj1egQiVUma0s"));
        as(STEVIE).get(THREADS + "?since=2015-01-01T00:00:00Z").then().body("", hasSize(0));
        as(STEVIE).get(THREADS + "?until=2014-10-28T15:49:31.197Z").then().body("", hasSize(0));
        as(STEVIE).get(THREADS + "?until=2015-01-01T00:00:00Z&application=chat").then().body("", hasSize(1));
        as(STEVIE).get(THREADS + "?application=inbox").then().body("", hasSize(0));
        as(STEVIE).get(THREADS + "?since=yesterday").then().statusCode(400)
                .body(equalTo("{\"message\":\"Validation error\",\"errors\":{\"since\":[\"is not an ISO 8601 time\"]}}"));
    }

    @Test
    void aFullPageLinksToTheNextOne() {
        for (int i = 0; i < 31; i++) {
            clock.advance(Duration.ofSeconds(1));
            given().contentType(ContentType.JSON)
                    .body("{\"flow_token\":\"" + SOURCE_TOKEN + "\",\"event\":\"activity\",\"author\":{\"name\":\"bot\"},"
                            + "\"title\":\"opened\",\"external_thread_id\":\"t" + i + "\",\"thread\":{\"title\":\"Thread " + i + "\"}}")
                    .post("/flowdock/messages").then().statusCode(202);
        }
        String link = "<" + base() + "/flows/acme/my-flow/threads?until=2026-05-01T09%3A00%3A02.000Z>; rel=\"next\"";
        as(MIKE).get("/flowdock/flows/acme/my-flow/threads").then().statusCode(200)
                .header("Link", link)
                .body("", hasSize(30))
                .body("[0].title", equalTo("Thread 30"))
                .body("[29].title", equalTo("Thread 1"))
                .body("[0].source.application", equalTo("Zendesk"))
                .body("[0].source.id", equalTo(327));
        as(MIKE).get("/flowdock/flows/acme/my-flow/threads?until=2026-05-01T09:00:02.000Z").then()
                .header("Link", nullValue()).body("title", contains("Thread 0"));
        as(MIKE).get("/flowdock/flows/acme/my-flow/threads?application=327").then().body("", hasSize(30));
        as(MIKE).get("/flowdock/flows/acme/my-flow/threads?application=chat").then().body("", hasSize(0));
    }
}
