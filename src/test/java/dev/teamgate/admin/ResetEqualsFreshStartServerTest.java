package dev.teamgate.admin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.teamgate.support.PortsOpened;
import dev.teamgate.support.ServerTest;
import io.restassured.http.ContentType;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A full reset after writes through every vendor gives exactly the state of a fresh start, and the
 * seed is in place before the server answers anything. This class has a context of its own (the
 * nested configuration), so the state captured when its ports opened is a fresh start.
 */
class ResetEqualsFreshStartServerTest extends ServerTest {

    @Autowired
    PortsOpened portsOpened;

    @Autowired
    ObjectMapper json;

    @Test
    void theSeedIsLoadedBeforeThePortsOpen() {
        assertThat(portsOpened.workspaces()).isGreaterThan(0);
        given().get("/actuator/health/readiness").then().statusCode(200);
    }

    @Test
    void aFullResetAfterWritesThroughEveryVendorEqualsAFreshStart() {
        JsonNode fresh = portsOpened.export();
        writeThroughEveryVendor();
        assertThat(export("/_admin/fixtures")).isNotEqualTo(fresh);

        given().post("/_admin/reset").then().statusCode(200).body("workspaces", equalTo(fresh.get("workspaces").size()));

        assertThat(export("/_admin/fixtures")).isEqualTo(fresh);
        given().get("/_admin/clock").then().body("frozen", equalTo(false));
        given().get("/_admin/faults").then().body("$", hasSize(0));
        given().get("/_admin/requests").then().body("requests", hasSize(0));
        given().get("/_admin/rate-limits").then().body("buckets.flatten()", hasSize(0));
        // New rows after the restore get ids that clash with none of the restored ones.
        writeThroughEveryVendor();
    }

    @Test
    void aOneWorkspaceResetRestoresThatWorkspaceAsAtAFreshStart() {
        JsonNode freshAcme = null;
        for (JsonNode ws : portsOpened.export().get("workspaces")) {
            if (ws.get("vendor").asString().equals("flowdock") && ws.get("slug").asString().equals("acme")) {
                freshAcme = ws;
            }
        }
        writeThroughEveryVendor();

        given().post("/_admin/reset?workspace=flowdock/acme").then().statusCode(200);

        assertThat(export("/_admin/fixtures?workspace=flowdock/acme").get("workspaces").get(0)).isEqualTo(freshAcme);
    }

    private JsonNode export(String path) {
        return json.readTree(given().get(path).then().statusCode(200).extract().asString());
    }

    private void writeThroughEveryVendor() {
        String flowdock = "Basic " + Base64.getEncoder().encodeToString("deadbeefdeadbeef:".getBytes());
        given().header("Authorization", flowdock).header("X-flowdock-wait-for-message", "true")
                .contentType(ContentType.JSON).body("{\"event\":\"message\",\"content\":\"written before the reset\"}")
                .post("/flowdock/flows/acme/my-flow/messages").then().statusCode(200);
        given().header("Authorization", "Bearer sk_live_teamgate_professional").contentType(ContentType.JSON)
                .body("{\"name\":\"Nina New\",\"email\":\"nina@new.example\"}").post("/commflow/v1/contacts")
                .then().statusCode(201);
        clock.advance(java.time.Duration.ofSeconds(2));
        given().contentType(ContentType.JSON).body("{\"Title\":\"written before the reset\"}")
                .post("/stackfield/apiwh/e5a1cfbd-970e-45a1-b81c-3e004f9bdab5").then().statusCode(200);
        // Every seeded workspace of every vendor replaced by a changed copy (all rows get new ids).
        ObjectNode document = (ObjectNode) export("/_admin/fixtures");
        for (JsonNode ws : document.get("workspaces")) {
            ((ObjectNode) ws).put("name", ws.get("name").asString() + " (changed)");
        }
        given().contentType(ContentType.JSON).body(document.toString()).post("/_admin/fixtures").then().statusCode(201);
        for (String vendor : new String[] {"commflow", "flowdock", "stackfield", "talktome", "teamfluence"}) {
            given().contentType(ContentType.JSON).body("{\"vendor\":\"" + vendor + "\"}").post("/_admin/workspaces")
                    .then().statusCode(201);
        }
        given().contentType(ContentType.JSON).body("{\"frozenAt\":\"2020-01-15T10:30:00Z\"}").put("/_admin/clock");
        given().contentType(ContentType.JSON).body("{\"vendor\":\"flowdock\",\"path\":\"/flowdock/nowhere\",\"status\":503}")
                .put("/_admin/faults").then().statusCode(201);
        given().post("/_admin/rate-limits/commflow/exhaust").then().statusCode(200);
    }
}
