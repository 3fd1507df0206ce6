package dev.teamgate.platform.server;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import dev.teamgate.support.ServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

@TestPropertySource(properties = "teamgate.journal.capacity=5")
class JournalCapacityServerTest extends ServerTest {

    @Test
    void theJournalKeepsExactlyItsCapacityAndDropsTheOldest() {
        for (int i = 1; i <= 6; i++) {
            given().get("/testvendor/public/ping?n=" + i).then().statusCode(200);
        }
        given().get("/_admin/requests")
                .then().statusCode(200)
                .body("total", equalTo(5))
                .body("requests.query", contains("n=6", "n=5", "n=4", "n=3", "n=2"));
    }
}
