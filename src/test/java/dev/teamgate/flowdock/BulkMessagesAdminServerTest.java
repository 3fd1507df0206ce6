package dev.teamgate.flowdock;

import dev.teamgate.domain.message.RoomSequence;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.teamgate.domain.room.RoomRepository;
import dev.teamgate.domain.workspace.WorkspaceRepository;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class BulkMessagesAdminServerTest extends FlowdockServerTest {

    static final String BULK = "/_admin/flowdock/flows/acme/my-flow/messages/bulk";
    static final Instant NOW = Instant.parse("2026-05-01T09:00:00Z");

    @Autowired JdbcTemplate jdbc;
    @Autowired RoomSequence sequence;
    @Autowired WorkspaceRepository workspaces;
    @Autowired RoomRepository rooms;

    @BeforeEach
    void freeze() {
        clock.freeze(NOW);
    }

    long lastSeq() {
        return sequence.last(rooms.findByWorkspaceAndSlug(workspaces.findByVendorAndSlug("flowdock", "acme").orElseThrow(),
                "my-flow").orElseThrow().getId());
    }

    long messagesInMyFlow() {
        return jdbc.queryForObject("select count(*) from message m join room r on m.room_id = r.id"
                + " join workspace w on r.workspace_id = w.id"
                + " where w.vendor = 'flowdock' and w.slug = 'acme' and r.slug = 'my-flow'", Long.class);
    }

    @Test
    void appendsAfterTheNewestMessageAndTheFlowdockApiSeesThem() {
        long before = lastSeq();
        long countBefore = messagesInMyFlow();

        given().contentType(ContentType.JSON).body("{\"count\":2500}").post(BULK)
                .then().statusCode(201)
                .body("flow", equalTo("acme/my-flow")).body("count", equalTo(2500))
                .body("firstId", equalTo((int) before + 1)).body("lastId", equalTo((int) before + 2500));

        assertThat(lastSeq()).isEqualTo(before + 2500);
        assertThat(messagesInMyFlow()).isEqualTo(countBefore + 2500);
        List<Integer> newest = LongStream.rangeClosed(before + 2471, before + 2500).mapToObj(i -> (int) i).toList();
        as(MIKE).get("/flowdock/flows/acme/my-flow/messages?limit=30")
                .then().statusCode(200)
                .body("id", equalTo(newest))
                .body("[29].content", equalTo("Generated message " + (before + 2500)))
                .body("[29].event", equalTo("message")).body("[29].app", equalTo("chat"))
                .body("[29].sent", equalTo(NOW.toEpochMilli()));
        // since_id pages forward from anywhere in the bulk
        as(MIKE).get("/flowdock/flows/acme/my-flow/messages?since_id=" + (before + 100) + "&sort=asc&limit=3")
                .then().statusCode(200)
                .body("id", contains((int) before + 101, (int) before + 102, (int) before + 103));
        // the next ordinary post continues the sequence
        as(MIKE).header("X-flowdock-wait-for-message", "true").contentType(ContentType.JSON).body("{\"event\":\"message\",\"content\":\"after the bulk\"}")
                .post("/flowdock/flows/acme/my-flow/messages")
                .then().statusCode(200).body("id", equalTo((int) before + 2501));
    }

    @Test
    void aBulkMessageLooksLikeOnePostedThroughTheApi() {
        Map<String, Object> posted = as(MIKE).header("X-flowdock-wait-for-message", "true").contentType(ContentType.JSON)
                .body("{\"event\":\"message\",\"content\":\"Generated message X\"}")
                .post("/flowdock/flows/acme/my-flow/messages").then().statusCode(200).extract().jsonPath().getMap("");
        // members by user id: Mike (2), Joe (9), Marty (16); Mike writes the first generated one
        given().contentType(ContentType.JSON).body("{\"count\":3}").post(BULK).then().statusCode(201);
        List<Map<String, Object>> page = as(MIKE).get("/flowdock/flows/acme/my-flow/messages?limit=3")
                .then().statusCode(200).body("user", contains("2", "9", "16"))
                .extract().jsonPath().getList("");
        Map<String, Object> generated = new HashMap<>(page.get(0));
        Map<String, Object> expected = new HashMap<>(posted);
        for (Map<String, Object> m : List.of(generated, expected)) {
            m.remove("id");
            m.remove("content");
        }
        assertThat(generated).isEqualTo(expected);
        assertThat(page.get(0).get("content")).isEqualTo("Generated message " + page.get(0).get("id"));
    }

    @Test
    void countAndContentAreChecked() {
        for (String body : List.of("{}", "{\"count\":0}", "{\"count\":1000001}", "{\"count\":-5}",
                "{\"count\":1,\"content\":\" \"}")) {
            given().contentType(ContentType.JSON).body(body).post(BULK)
                    .then().statusCode(400).contentType("application/problem+json");
        }
        given().contentType(ContentType.JSON).body("{\"count\":\"many\"}").post(BULK)
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{\"count\":0}").post(BULK)
                .then().body("param", equalTo("count"));
        assertThat(messagesInMyFlow()).isEqualTo(3);
    }

    @Test
    void anUnknownFlowOrOrganizationIs404() {
        for (String path : List.of("/_admin/flowdock/flows/acme/no-such-flow/messages/bulk",
                "/_admin/flowdock/flows/no-such-org/my-flow/messages/bulk",
                "/_admin/flowdock/flows/acme/private-2-9/messages/bulk")) {
            given().contentType(ContentType.JSON).body("{\"count\":1}").post(path)
                    .then().statusCode(404).contentType("application/problem+json");
        }
    }

    @Test
    void theControlPlaneOpenApiDocumentListsIt() {
        given().get("/v3/api-docs/admin").then().statusCode(200)
                .body("paths.keySet()", hasItem("/_admin/flowdock/flows/{org}/{flow}/messages/bulk"));
    }
}
