package dev.teamgate.admin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.teamgate.support.ServerTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Resets (full, with H2's referential checks suspended, and one-workspace) while vendor requests
 * read and write: every answer is the vendor's or the control plane's, never a 5xx, and a
 * final reset leaves the seed's state.
 */
class ResetUnderLoadServerTest extends ServerTest {

    private static final int ROUNDS = 25;
    private static final String MIKE = "deadbeefdeadbeef";

    @Test
    void resetsWhileRequestsRunNeverAnswer5xx() throws Exception {
        List<Integer> statuses = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> running = new ArrayList<>();
            running.add(pool.submit(repeat(statuses, () -> given().post("/_admin/reset").statusCode())));
            running.add(pool.submit(repeat(statuses,
                    () -> given().post("/_admin/reset?workspace=flowdock/acme").statusCode())));
            running.add(pool.submit(repeat(statuses, () -> given().auth().preemptive().basic(MIKE, "")
                    .contentType(ContentType.JSON).body("{\"event\":\"message\",\"content\":\"during a reset\"}")
                    .post("/flowdock/flows/acme/my-flow/messages").statusCode())));
            running.add(pool.submit(repeat(statuses, () -> {
                int created = given().auth().preemptive().basic(MIKE, "").contentType(ContentType.JSON)
                        .body("{\"event\":\"message\",\"content\":\"to delete\",\"tags\":[\"a\",\"b\"]}")
                        .post("/flowdock/flows/acme/my-flow/messages").statusCode();
                int listed = given().auth().preemptive().basic(MIKE, "").get("/flowdock/flows/acme/my-flow/messages")
                        .statusCode();
                return Math.max(created, listed);
            })));
            for (Future<?> f : running) {
                f.get(300, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(statuses).hasSize(4 * ROUNDS).allSatisfy(status -> assertThat(status).isBetween(200, 499));
        given().post("/_admin/reset").then().statusCode(200);
        String fresh = given().get("/_admin/fixtures").then().statusCode(200).extract().asString();
        given().post("/_admin/reset").then().statusCode(200);
        assertThat(given().get("/_admin/fixtures").then().statusCode(200).extract().asString()).isEqualTo(fresh);
    }

    private static Callable<Void> repeat(List<Integer> statuses, Callable<Integer> call) {
        return () -> {
            for (int i = 0; i < ROUNDS; i++) {
                statuses.add(call.call());
            }
            return null;
        };
    }
}
