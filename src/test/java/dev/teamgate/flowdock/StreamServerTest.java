package dev.teamgate.flowdock;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The streaming API, read the way clients read it: a plain HTTP connection whose body never ends.
 * Every read is bounded by a read timeout, so a missing event fails the test instead of hanging it.
 */
class StreamServerTest extends FlowdockServerTest {

    private static final int READ_TIMEOUT_MILLIS = 15_000;
    private final ObjectMapper json = JsonMapper.builder().build();
    private final List<HttpURLConnection> open = new ArrayList<>();

    @AfterEach
    void closeStreams() {
        open.forEach(HttpURLConnection::disconnect);
    }

    private HttpURLConnection connect(String pathAndQuery, String token, String accept) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) URI.create("http://localhost:" + port + pathAndQuery)
                .toURL().openConnection();
        connection.setReadTimeout(READ_TIMEOUT_MILLIS);
        connection.setConnectTimeout(READ_TIMEOUT_MILLIS);
        connection.setRequestProperty("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((token + ":").getBytes(StandardCharsets.UTF_8)));
        if (accept != null) {
            connection.setRequestProperty("Accept", accept);
        }
        open.add(connection);
        return connection;
    }

    private void post(String token, String flowPath, String content) {
        as(token).contentType(ContentType.JSON).body("{\"event\":\"message\",\"content\":\"" + content + "\"}")
                .post("/flowdock/flows/" + flowPath + "/messages").then().statusCode(202);
    }

    /** The next non-blank line of a JSON stream: blank lines are keep-alives. */
    private JsonNode nextJson(BufferedReader reader) throws IOException {
        String line;
        do {
            line = reader.readLine();
            assertThat(line).as("the stream ended").isNotNull();
        } while (line.isBlank());
        return json.readTree(line);
    }

    @Test
    void aJsonStreamDeliversNewMessagesOfItsFlowsInOrder() throws IOException {
        HttpURLConnection stream = connect("/flowdock/stream/flows?filter=acme/my-flow,organization/main", MIKE, null);
        assertThat(stream.getResponseCode()).isEqualTo(200);
        assertThat(stream.getContentType()).isEqualTo("application/json;charset=UTF-8");
        assertThat(stream.getHeaderField("Flowdock-User")).isEqualTo("2");
        BufferedReader reader = new BufferedReader(new InputStreamReader(stream.getInputStream(), StandardCharsets.UTF_8));

        post(JOE, "acme/my-flow", "first");
        post(STEVIE, "acme/another-flow", "not followed");
        post(MIKE, "organization/main", "second");

        JsonNode first = nextJson(reader);
        JsonNode second = nextJson(reader);
        assertThat(first.get("content").asString()).isEqualTo("first");
        assertThat(first.get("id").asLong()).isEqualTo(45593);
        assertThat(first.get("flow").asString()).isEqualTo("deadbeefdeadbeef");
        assertThat(first.get("user").asString()).isEqualTo("9");
        assertThat(second.get("content").asString()).isEqualTo("second");
        assertThat(second.get("flow").asString()).isEqualTo("organization:main");
    }

    @Test
    void anActiveStreamAnnouncesTheUserWithAnActivityUserEvent() throws IOException {
        clock.freeze(java.time.Instant.parse("2026-03-01T10:00:00Z"));
        HttpURLConnection watching = connect("/flowdock/stream/flows?filter=acme/my-flow", MIKE, null);
        assertThat(watching.getResponseCode()).isEqualTo(200);
        BufferedReader reader = new BufferedReader(new InputStreamReader(watching.getInputStream(), StandardCharsets.UTF_8));

        HttpURLConnection joe = connect("/flowdock/stream/flows/acme/my-flow?active=true", JOE, null);
        assertThat(joe.getResponseCode()).isEqualTo(200);

        JsonNode activity = nextJson(reader);
        assertThat(activity.toString()).isEqualTo("{\"event\":\"activity.user\",\"content\":{\"last_activity\":"
                + "1772359200000},\"user\":\"9\",\"flow\":\"deadbeefdeadbeef\",\"sent\":1772359200000,"
                + "\"tags\":[],\"persist\":false}");
        // not stored: the flow's messages do not show it
        as(MIKE).get("/flowdock/flows/acme/my-flow/messages?event=activity.user").then().statusCode(200)
                .body("size()", org.hamcrest.Matchers.equalTo(0));
    }

    @Test
    void messagesAreSeparatedByCarriageReturnLineFeed() throws IOException {
        HttpURLConnection stream = connect("/flowdock/stream/flows/acme/my-flow", JOE, "application/json");
        assertThat(stream.getResponseCode()).isEqualTo(200);
        var in = stream.getInputStream();
        post(MIKE, "acme/my-flow", "raw");
        StringBuilder raw = new StringBuilder();
        while (!raw.toString().endsWith("\r\n")) {
            int b = in.read();
            assertThat(b).as("the stream ended").isNotEqualTo(-1);
            raw.append((char) b);
        }
        String text = raw.toString().stripLeading();
        assertThat(text).startsWith("{\"id\":45593,\"event\":\"message\",\"content\":\"raw\"").endsWith("}\r\n");
    }

    @Test
    void anEventStreamSendsServerSentEvents() throws IOException {
        HttpURLConnection stream = connect("/flowdock/stream/flows?filter=deadbeefdeadbeef", JOE, "text/event-stream");
        assertThat(stream.getResponseCode()).isEqualTo(200);
        assertThat(stream.getContentType()).startsWith("text/event-stream");
        BufferedReader reader = new BufferedReader(new InputStreamReader(stream.getInputStream(), StandardCharsets.UTF_8));
        post(MIKE, "acme/my-flow", "one");
        post(MIKE, "acme/my-flow", "two");
        List<String> data = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        while (data.size() < 2) {
            String line = reader.readLine();
            assertThat(line).as("the stream ended").isNotNull();
            if (line.startsWith("data:")) {
                data.add(line.substring(5));
            } else if (line.startsWith("id:")) {
                ids.add(line.substring(3));
            }
        }
        assertThat(json.readTree(data.get(0)).get("content").asString()).isEqualTo("one");
        assertThat(json.readTree(data.get(1)).get("content").asString()).isEqualTo("two");
        assertThat(ids).hasSize(2);
        assertThat(Long.parseLong(ids.get(1))).isGreaterThan(Long.parseLong(ids.get(0)));
    }

    /** The next event of an event stream, as its id and data. */
    private String[] nextEvent(BufferedReader reader) throws IOException {
        String id = null;
        String line;
        while (true) {
            line = reader.readLine();
            assertThat(line).as("the stream ended").isNotNull();
            if (line.startsWith("id:")) {
                id = line.substring(3);
            } else if (line.startsWith("data:")) {
                return new String[] {id, line.substring(5)};
            }
        }
    }

    @Test
    void aReconnectingEventStreamGetsWhatItMissedAfterLastEventId() throws IOException {
        HttpURLConnection first = connect("/flowdock/stream/flows?filter=acme/my-flow", JOE, "text/event-stream");
        BufferedReader reader = new BufferedReader(new InputStreamReader(first.getInputStream(), StandardCharsets.UTF_8));
        post(MIKE, "acme/my-flow", "seen");
        String[] seen = nextEvent(reader);
        first.disconnect();
        post(MIKE, "acme/my-flow", "missed");

        HttpURLConnection again = connect("/flowdock/stream/flows?filter=acme/my-flow", JOE, "text/event-stream");
        again.setRequestProperty("Last-Event-ID", seen[0]);
        BufferedReader replay = new BufferedReader(new InputStreamReader(again.getInputStream(), StandardCharsets.UTF_8));
        String[] missed = nextEvent(replay);
        assertThat(json.readTree(missed[1]).get("content").asString()).isEqualTo("missed");
        post(MIKE, "acme/my-flow", "live");
        assertThat(json.readTree(nextEvent(replay)[1]).get("content").asString()).isEqualTo("live");
    }

    @Test
    void userEqualsOneStreamsPrivateMessages() throws IOException {
        HttpURLConnection stream = connect("/flowdock/stream/flows?user=1", JOE, null);
        assertThat(stream.getResponseCode()).isEqualTo(200);
        BufferedReader reader = new BufferedReader(new InputStreamReader(stream.getInputStream(), StandardCharsets.UTF_8));
        post(MIKE, "acme/my-flow", "flow message, not followed");
        as(MIKE).contentType(ContentType.JSON).body("{\"event\":\"message\",\"content\":\"psst\"}")
                .post("/flowdock/private/9/messages").then().statusCode(200);
        JsonNode message = nextJson(reader);
        assertThat(message.get("content").asString()).isEqualTo("psst");
        assertThat(message.get("to").asString()).isEqualTo("9");
        assertThat(message.has("flow")).isFalse();
    }

    @Test
    void unknownOrForbiddenFlowsAreRefusedBeforeTheStreamOpens() {
        as(MIKE).get("/flowdock/stream/flows?filter=acme/nope").then().statusCode(404)
                .contentType(ContentType.JSON).body(equalTo("{\"message\":\"Flow not found\"}"));
        as(STEVIE).get("/flowdock/stream/flows?filter=acme/my-flow").then().statusCode(403)
                .body(equalTo("{\"message\":\"You have not joined this flow\"}"));
        as(JOE).get("/flowdock/stream/flows/acme/another-flow").then().statusCode(404);
        given().get("/flowdock/stream/flows?filter=acme/my-flow").then().statusCode(401)
                .body(equalTo("{\"message\":\"Authentication required\"}"));
        as(MIKE).get("/flowdock/stream/flows").then().statusCode(400)
                .body(equalTo("{\"message\":\"Validation error\",\"errors\":{\"filter\":[\"can't be blank unless user=1\"]}}"));
        as(MIKE).header("Accept", "text/event-stream").get("/flowdock/stream/flows?filter=acme/nope").then()
                .statusCode(404).body(equalTo("{\"message\":\"Flow not found\"}"));
    }
}
