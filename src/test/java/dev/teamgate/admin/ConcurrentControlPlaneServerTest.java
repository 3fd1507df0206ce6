package dev.teamgate.admin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.teamgate.support.ServerTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Identical control-plane changes at the same moment: each answers 2xx or 409, never 5xx. */
class ConcurrentControlPlaneServerTest extends ServerTest {

    private static final int AT_ONCE = 6;

    @Test
    void concurrentResetsAndFixtureLoadsNeverAnswer5xx() throws Exception {
        String fixture = given().get("/_admin/fixtures").then().statusCode(200).extract().asString();
        List<Integer> statuses = runAtOnce(() -> given().post("/_admin/reset").statusCode());
        statuses.addAll(runAtOnce(() -> given().contentType(ContentType.JSON).body(fixture)
                .post("/_admin/fixtures").statusCode()));

        assertThat(statuses).allSatisfy(status -> assertThat(status).isLessThan(500).isNotEqualTo(0));
        given().get("/_admin/health").then().statusCode(200);
    }

    private static List<Integer> runAtOnce(Callable<Integer> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (int i = 0; i < AT_ONCE; i++) {
                futures.add(pool.submit(call));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> future : futures) {
                statuses.add(future.get(60, TimeUnit.SECONDS));
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
